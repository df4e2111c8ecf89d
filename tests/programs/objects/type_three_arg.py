# type(name, bases, dict) creates classes dynamically.
def init(self, x):
    self.x = x


def show(self):
    return f"{type(self).__name__}(x={self.x})"


Point = type("Point", (), {"__init__": init, "show": show, "dims": 2})
p = Point(5)
print(p.show(), Point.dims, Point.__name__, Point.__qualname__)
print(Point.__bases__ == (object,), Point.__mro__ == (Point, object))
print(Point.__module__)


class Base:
    def hello(self):
        return "base hello"


Child = type("Child", (Base,), {"extra": lambda self: "extra!"})
c = Child()
print(c.hello(), c.extra(), isinstance(c, Base), issubclass(Child, Base))
print([k.__name__ for k in Child.__mro__])
Sub = type("Sub", (Child,), {"hello": lambda self: "sub " + super(Sub, self).hello()})
print(Sub().hello())
print(type(p) is Point, type(Point) is type, type(type) is type)
print(type(3).__name__, type("s").__name__, type([]).__name__, type(None).__name__)
E = type("E", (), {})
print(sorted([k for k in E.__dict__]))
try:
    type("Bad", (1,), {})
except TypeError as e:
    print("TypeError:", e)
try:
    type("a", "b")
except TypeError as e:
    print("TypeError:", e)
try:
    type(1, (), {})
except TypeError as e:
    print("TypeError:", e)
D = type("D", (dict,), {"__missing__": lambda self, k: k * 2})
d = D(a=1)
print(d["a"], d["zz"], isinstance(d, dict))
