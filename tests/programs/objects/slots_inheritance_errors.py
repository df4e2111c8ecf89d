# __slots__ with inheritance, class-level defaults via __init__, and conflicts.
class Base:
    __slots__ = ("x",)

    def __init__(self, x=0):
        self.x = x


class Mid(Base):
    __slots__ = ("y",)

    def __init__(self, x=0, y=0):
        super().__init__(x)
        self.y = y


class Leaf(Mid):
    __slots__ = ()

    def total(self):
        return self.x + self.y


l = Leaf(2, 3)
print(l.total(), hasattr(l, "__dict__"), [k.__slots__ for k in Leaf.__mro__[:-1]])
try:
    l.z = 1
except AttributeError as e:
    print("AttributeError:", e)
m = Mid()
del m.y
try:
    print(m.y)
except AttributeError as e:
    print("AttributeError:", e)
print(m.x, getattr(m, "y", "unset"))


class Dyn(Leaf):
    pass


d = Dyn(1, 1)
d.z = 5
print(d.total(), d.z, vars(d))
print(type(Base.x).__name__, Base.x.__name__, Mid.y.__objclass__.__name__)
try:
    class Dup(Base):
        __slots__ = ("a", "b")

    dup = Dup(1)
    dup.a, dup.b = "A", "B"
    print(dup.x, dup.a, dup.b)
except TypeError as e:
    print("TypeError:", e)
try:
    class BadName(Base):
        __slots__ = ("not valid",)
except TypeError as e:
    print("TypeError:", e)
try:
    class NumSlot:
        __slots__ = (1,)
except TypeError as e:
    print("TypeError:", e)
