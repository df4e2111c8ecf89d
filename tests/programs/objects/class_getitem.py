# __class_getitem__ makes Class[...] work; it is an implicit classmethod.
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"


print(Box[int])
print(Box["x"])
print(Box[1, 2])


class TypedList(list):
    def __class_getitem__(cls, item):
        name = item.__name__ if isinstance(item, type) else str(item)
        return type(f"{cls.__name__}_{name}", (cls,), {"item_type": item})


IntList = TypedList[int]
print(IntList.__name__, IntList.item_type is int)
il = IntList([3, 1, 2])
il.sort()
print(il, isinstance(il, TypedList), isinstance(il, list))


class Sub(Box):
    pass


print(Sub[float])
try:
    Box()[0]
except TypeError as e:
    print("TypeError:", e)


class Plain:
    pass


try:
    Plain[int]
except TypeError as e:
    print("TypeError:", e)


class Meta(type):
    def __getitem__(cls, item):
        return "meta getitem " + str(item)


class Both(metaclass=Meta):
    def __class_getitem__(cls, item):
        return "class getitem " + str(item)


print(Both[7])
print(list[int], dict[str, int])
