# list[int] and friends: types.GenericAlias, inherited __class_getitem__, PEP 560 bases.
print(hasattr(list[int], '__bases__'))
try: isinstance([], list[int])
except TypeError as e: print(e)
try: issubclass(list, list[int])
except TypeError as e: print(e)
print(list[int].__name__, list[int].append, list[int] == list[int], hash(list[int])==hash(list[int]))
class X(list[int]): pass
print(X.__orig_bases__, X.__mro__)
print(dict[str, list[int]], tuple[()], type[int], list[...], enumerate[str], list[int]([1, 2]))
x = X([3])
print(x, type(x).__name__, list[int] != list[str], list[int].__origin__, list[int].__args__)
try:
    type("Y", (list[int],), {})
except TypeError as e: print(e)
