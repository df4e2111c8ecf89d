# throw() with an instance, with a class, and with a class plus value (the last is deprecated;
# the program ends with an uncaught exception so the last stderr line is the traceback's).
def worker():
    while True:
        try:
            x = yield "ready"
            print("got", x)
        except ValueError as e:
            print("ValueError handled:", repr(e), e.args)
        except KeyError as e:
            print("KeyError handled:", repr(e))
            yield "after key"

w = worker()
print(next(w))
print(w.throw(ValueError("instance")))
print(w.throw(ValueError))
print(w.throw(KeyError("k")))
print(next(w))
print(w.send(5))

def unhandled():
    yield 1
    yield 2

u = unhandled()
next(u)
try:
    u.throw(IndexError("nope"))
except IndexError as e:
    print("propagated:", e)
print(list(u))

fresh = unhandled()
try:
    fresh.throw(RuntimeError("before start"))
except RuntimeError as e:
    print("unstarted:", e)
print(next(fresh, "exhausted"))

def returns_on_throw():
    try:
        yield 1
    except TypeError:
        return "handled and returned"

r = returns_on_throw()
next(r)
try:
    r.throw(TypeError)
except StopIteration as s:
    print("stop value:", s.value)

try:
    unhandled().throw(42)
except TypeError as e:
    print("bad throw:", e)
try:
    unhandled().throw(int)
except TypeError as e:
    print("bad throw class:", e)

class MyErr(Exception):
    def __init__(self, *args):
        super().__init__(*args)
        print("MyErr created with", args)

def catch_my():
    try:
        yield
    except MyErr as e:
        print("caught MyErr", e.args)
        yield "done"

g = catch_my()
next(g)
print(g.throw(MyErr))
d = catch_my()
next(d)
print(d.throw(MyErr, MyErr("v")))
t = catch_my()
next(t)
t.throw(ZeroDivisionError, "three-arg", None)
