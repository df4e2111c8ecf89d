# Behaviour of exhausted, closed and failed generators.
def g():
    yield 1

done = g()
list(done)
for label, op in [("next", lambda: next(done)), ("send", lambda: done.send(None)),
                  ("send value", lambda: done.send(5)), ("throw", lambda: done.throw(KeyError("k"))),
                  ("close", lambda: done.close())]:
    try:
        print(label, "->", op())
    except StopIteration as e:
        print(label, "-> StopIteration", e.args)
    except KeyError as e:
        print(label, "-> KeyError", e)

def failing():
    yield 1
    raise ValueError("broken")
f = failing()
next(f)
try:
    next(f)
except ValueError:
    print("failed once")
print(next(f, "failed generator is exhausted"))
print(list(f), f.gi_suspended, f.gi_running)

c = g()
c.close()
try:
    c.send(5)
except StopIteration:
    print("send after close: StopIteration")
try:
    c.throw(IndexError("i"))
except IndexError as e:
    print("throw after close raises it:", e)

def thrown_away():
    yield 1
    yield 2
t = thrown_away()
try:
    t.throw(ValueError("at start"))
except ValueError:
    pass
print("after throw at start:", list(t))
u = thrown_away()
next(u)
try:
    u.throw(ValueError)
except ValueError:
    pass
print("after throw mid:", list(u))
def closes_itself():
    yield 1
    me.close()
    yield 2
me = closes_itself()
print(next(me))
try:
    next(me)
except ValueError as e:
    print("close while running:", e)
