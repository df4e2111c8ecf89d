# gi_running, gi_suspended, gi_yieldfrom, gi_code, __name__, __qualname__ across a generator's life.
def probe():
    print("inside: running", me.gi_running, "suspended", me.gi_suspended)
    x = yield 1
    print("inside again: running", me.gi_running)
    yield x

me = probe()
def state(g):
    return (g.gi_running, g.gi_suspended, g.gi_yieldfrom is not None)
print("created", state(me))
print(next(me))
print("after first", state(me))
print(me.send("sent"))
print("after second", state(me))
print(next(me, "end"))
print("finished", state(me))

def inner():
    yield 1
    yield 2
def outer():
    yield from inner()
o = outer()
print(o.gi_yieldfrom)
next(o)
yf = o.gi_yieldfrom
print(type(yf).__name__, yf.__name__, yf.gi_suspended)
next(o); next(o, None)
print(o.gi_yieldfrom)

def over_list():
    yield from [1, 2]
ol = over_list()
next(ol)
print(type(ol.gi_yieldfrom).__name__)

class Box:
    def method(self):
        yield self
    class Inner:
        @staticmethod
        def gen():
            def local():
                yield 0
            return local()
b = Box()
m = b.method()
print(m.__name__, m.__qualname__)
l = Box.Inner.gen()
print(l.__name__, l.__qualname__)
print(probe.__code__ is me.gi_code, me.gi_code.co_name, me.gi_code.co_qualname)
print(bool(me.gi_code.co_flags & 0x20), bool(probe.__code__.co_flags & 0x20))
def plain(): return 1
print(bool(plain.__code__.co_flags & 0x20))
g = (i for i in "x")
print(g.__name__, g.gi_code.co_name, g.gi_running, g.gi_suspended)
me2 = probe()
me2.__name__ = "renamed"
me2.__qualname__ = "Some.renamed"
print(me2.__name__, me2.__qualname__, probe.__name__)
try:
    me2.__name__ = 5
except TypeError as e:
    print("TypeError:", e)
try:
    me2.gi_running = True
except AttributeError as e:
    print("AttributeError:", type(e).__name__)
print(type(me2).__name__, type(me2).__module__ if hasattr(type(me2), "__module__") else "?")
print(hasattr(me2, "send"), hasattr(me2, "throw"), hasattr(me2, "close"), hasattr(me2, "__next__"))
print(iter(me2) is me2)
print(repr(me2).startswith("<generator object Some.renamed at "))
