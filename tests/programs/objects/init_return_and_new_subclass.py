# __init__ must return None; __new__ returning instances of subclasses still runs __init__.
class BadInit:
    def __init__(self):
        return 5


try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)


class Shape:
    def __new__(cls, sides):
        if cls is Shape:
            target = {3: Triangle, 4: Square}.get(sides, cls)
            return super().__new__(target)
        return super().__new__(cls)

    def __init__(self, sides):
        print(f"  {type(self).__name__}.__init__({sides})")
        self.sides = sides


class Triangle(Shape):
    def name(self):
        return "triangle"


class Square(Shape):
    def name(self):
        return "square"


for n in (3, 4):
    s = Shape(n)
    print(type(s).__name__, s.name(), s.sides)
o = Shape(7)
print(type(o).__name__, o.sides)
t = Triangle(3)
print(type(t).__name__)


class ReturnsNoneNew:
    def __new__(cls):
        return None

    def __init__(self):
        print("not called")


print(ReturnsNoneNew())


class InitCalledTwice:
    def __init__(self, v):
        self.history = getattr(self, "history", []) + [v]


x = InitCalledTwice(1)
x.__init__(2)
print(x.history)
