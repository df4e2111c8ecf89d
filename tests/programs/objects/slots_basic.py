# __slots__: fixed attributes, no __dict__, AttributeError on unknown or unset slots.
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print(p.x, p.y)
p.x = 10
print(p.x)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, "__dict__"))
del p.y
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)
try:
    del p.y
except AttributeError as e:
    print("AttributeError:", e)
p.y = 5
print(p.y)
print(type(Point.__dict__["x"]).__name__)
print(Point.__slots__)


class Point3(Point):
    __slots__ = ("z",)


q = Point3(1, 2)
q.z = 3
print(q.x, q.y, q.z, hasattr(q, "__dict__"))


class Loose(Point):
    pass


l = Loose(1, 2)
l.anything = "ok"
print(l.anything, sorted(l.__dict__))


class WithDict:
    __slots__ = ("a", "__dict__")


w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)


class Single:
    __slots__ = "only"


s = Single()
s.only = "one"
print(s.only)
try:
    class Conflict:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print("ValueError:", e)
