# Generators: iteration, return values, send, yield from, throw, close, PEP 479, gi_* attributes.
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"

print(list(count(5)), sum(count(10)), [x * 2 for x in count(3)])
g = count(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value, e.args)
print(sum(x * x for x in range(10)), max((len(w), w) for w in "a bb ccc".split()))
def echo():
    received = yield "ready"
    while True:
        received = yield f"got {received}"
e = echo()
print(next(e), e.send(1), e.send("x"))
def inner():
    x = yield 1
    y = yield 2
    return x, y
def outer():
    r = yield from inner()
    print("inner returned", r)
    yield from [10, 20]
    return "outer done"
o = outer()
print(next(o), o.send("a"), o.send("b"), next(o))
try:
    next(o)
except StopIteration as s:
    print("outer stop", s.value)
def catcher():
    try:
        yield 1
    except ValueError as err:
        yield f"caught {err}"
    finally:
        print("finally runs")
c = catcher()
print(next(c), c.throw(ValueError("boom")))
print(c.close())
def closer():
    try:
        yield 1
    except GeneratorExit:
        return "closed value"
k = closer(); next(k); print(k.close())
def bad():
    yield 1
    raise StopIteration("leak")
try:
    list(bad())
except RuntimeError as err:
    print("RuntimeError:", err, type(err.__cause__).__name__)
gg = count(3)
print(gg.gi_running, gg.gi_suspended, gg.__name__, gg.gi_code.co_name, type(gg).__name__)
next(gg); print(gg.gi_suspended, gg.gi_yieldfrom)
def running():
    yield gr.gi_running
gr = running(); print(next(gr))
def reenter():
    yield next(ge)
ge = reenter()
try:
    next(ge)
except ValueError as err:
    print("ValueError:", err)
try:
    count(1).send(5)
except TypeError as err:
    print("TypeError:", err)
