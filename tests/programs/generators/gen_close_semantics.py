# close(): GeneratorExit, finally blocks, the 3.13 return value, ignoring GeneratorExit.
def simple():
    try:
        yield 1
        yield 2
    finally:
        print("simple cleanup")

g = simple()
print(next(g))
print("close ->", g.close())
print("close again ->", g.close())
print(next(g, "after close"))

unstarted = simple()
print("close unstarted ->", unstarted.close())
print(list(unstarted))

def returns_value():
    try:
        yield 1
    except GeneratorExit:
        print("saw GeneratorExit")
        return "cleanup result"

r = returns_value()
next(r)
print("close with return ->", r.close())

def finished():
    yield 1
    return "early"
f = finished()
print(list(f), f.close())

def ignorer():
    try:
        yield 1
    except GeneratorExit:
        print("ignoring")
        yield 2

i = ignorer()
next(i)
try:
    i.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def raises_other():
    try:
        yield
    except GeneratorExit:
        raise ValueError("from close")

o = raises_other()
next(o)
try:
    o.close()
except ValueError as e:
    print("close raised", e)

def catches_base():
    try:
        yield 1
    except BaseException as e:
        print("caught", type(e).__name__)
        raise

c = catches_base()
next(c)
print(c.close())

def with_finally_yield():
    try:
        yield "a"
    finally:
        print("finally reached")

w = with_finally_yield()
for x in w:
    print("loop", x)
    break
w.close()

def swallow_silently():
    try:
        yield 1
    except GeneratorExit:
        pass
s = swallow_silently()
next(s)
print("swallow ->", s.close())
def ge_instance():
    try:
        yield 1
    except GeneratorExit as e:
        print(type(e).__name__, e.args, isinstance(e, Exception), isinstance(e, BaseException))
ge = ge_instance()
next(ge)
ge.close()
