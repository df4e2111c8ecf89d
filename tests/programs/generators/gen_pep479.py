# PEP 479: StopIteration raised inside a generator becomes RuntimeError.
def explicit():
    yield 1
    raise StopIteration("explicit")

g = explicit()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", type(e.__cause__).__name__, e.__cause__.args)
    print("suppress:", e.__suppress_context__)

def leaky_next():
    it = iter([1])
    yield next(it)
    yield next(it)

try:
    print(list(leaky_next()))
except RuntimeError as e:
    print("leaky:", e, type(e.__cause__).__name__)

def caught_inside():
    it = iter([])
    try:
        next(it)
    except StopIteration:
        yield "caught properly"

print(list(caught_inside()))

def return_is_fine():
    yield 1
    return 2
print(list(return_is_fine()))

class MyStop(StopIteration):
    pass
def subclass():
    yield 0
    raise MyStop
try:
    list(subclass())
except RuntimeError as e:
    print("subclass:", e, type(e.__cause__).__name__)

ge = (next(iter([])) for _ in range(3))
try:
    list(ge)
except RuntimeError as e:
    print("genexpr:", e)

def other_errors_pass():
    yield 1
    raise KeyError("k")
try:
    list(other_errors_pass())
except KeyError as e:
    print("KeyError passes through", e)

def thrown_stop():
    yield 1
    yield 2
t = thrown_stop()
next(t)
try:
    t.throw(StopIteration("thrown"))
except RuntimeError as e:
    print("thrown StopIteration:", e)
except StopIteration as e:
    print("unexpected StopIteration", e)

def in_yield_from():
    def inner():
        yield 1
        raise StopIteration("inner stop")
    yield from inner()
try:
    list(in_yield_from())
except RuntimeError as e:
    print("inner:", e, e.__cause__.args)
def dead_after():
    yield 1
    raise StopIteration
d = dead_after()
next(d)
try:
    next(d)
except RuntimeError:
    pass
print(next(d, "generator is finished"))
