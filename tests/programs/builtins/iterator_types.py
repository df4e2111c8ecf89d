# the iterator types in builtins: names, reprs, isinstance, constructors
print(enumerate, zip, map, filter, reversed)
print(enumerate.__name__, zip.__name__, map.__name__, filter.__name__, reversed.__name__)
print(type(enumerate), type(zip) is type)
print(isinstance(enumerate([]), enumerate), isinstance(zip(), zip), isinstance(map(len, []), map))
print(isinstance(filter(None, []), filter), isinstance(reversed(()), reversed), isinstance(reversed([]), reversed))
print(issubclass(enumerate, object), enumerate.__mro__, reversed.__mro__)
for obj in [enumerate([]), zip(), map(len, []), filter(None, []), reversed(()), reversed([]), reversed({}), iter(len, 0)]:
    r = repr(obj)
    prefix = "<" + type(obj).__name__ + " object at 0x"
    print(type(obj).__name__, r[:len(prefix)] == prefix, r[-1] == ">")
print(type(reversed(range(2))) is type(iter(range(2))))
print(type(iter(iter([]))) is type(iter([])))
