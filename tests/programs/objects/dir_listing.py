# dir() of classes and instances, filtered to stable subsets.
class Base:
    base_attr = 1

    def base_method(self):
        pass


class Child(Base):
    child_attr = 2

    def __init__(self):
        self.inst_attr = 3

    def child_method(self):
        pass

    @property
    def prop(self):
        return 1


def public(names):
    return [n for n in names if not n.startswith("__")]


print(public(dir(Child)))
print(public(dir(Child())))
print(public(dir(Base)))
d = dir(Child())
print(d == sorted(d))
print([n for n in dir(Child) if n in ("__init__", "__class__", "__dict__", "__module__", "__doc__", "__weakref__")])


class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "mid", "alpha"]


print(dir(Custom()))


class Slotted:
    __slots__ = ("a", "b")


print(public(dir(Slotted())))
print("__dict__" in dir(Slotted()))


class Meta(type):
    def meta_method(cls):
        pass


class M(metaclass=Meta):
    x = 1


print(public(dir(M)), "meta_method" in dir(M), hasattr(M, "meta_method"))
print([n for n in dir(int) if n in ("__add__", "real", "bit_length", "__radd__")])
