# The generator type itself: dunder methods, subclassing refused, dir, isinstance.
def g():
    yield 1
    yield 2
    yield 3

gen = g()
GenType = type(gen)
print(GenType.__name__, GenType.__qualname__)
print(isinstance(gen, GenType), isinstance(g, GenType), isinstance((x for x in ""), GenType))
print(gen.__iter__() is gen, gen.__next__(), GenType.__next__(gen))
print(GenType.send(gen, None))
names = dir(gen)
for n in ("__iter__", "__next__", "send", "throw", "close", "gi_code", "gi_running", "gi_yieldfrom", "gi_suspended", "__name__", "__qualname__"):
    print(n, n in names)
print(callable(gen), callable(g), bool(gen))
print(g.__code__.co_name, hasattr(g, "__call__"))
try:
    hash(gen)
    print("hashable")
except TypeError:
    print("unhashable")
s = {gen}
print(gen in s, len(s))
d = {gen: "value"}
print(d[gen])
print(GenType.__iter__, type(GenType.send).__name__)
m = gen.send
print(type(m).__name__, m.__name__, m.__self__ is gen)
def with_doc():
    "docstring of a generator function"
    yield
print(with_doc.__doc__, with_doc().__doc__ == with_doc.__doc__)
print(str(type(g)), str(type(with_doc)))
try:
    gen.gi_code = None
except AttributeError as e:
    print("AttributeError on gi_code")
try:
    gen.custom = 1
except AttributeError as e:
    print("AttributeError:", e)
