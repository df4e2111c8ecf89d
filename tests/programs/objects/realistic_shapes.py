# Shape hierarchy with abstract-style base, template methods, ordering by area, and polymorphism.
import math


class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1
        self.id = Shape.count

    def area(self):
        raise NotImplementedError(f"{type(self).__name__}.area")

    def perimeter(self):
        raise NotImplementedError(f"{type(self).__name__}.perimeter")

    def scale(self, factor):
        raise NotImplementedError(f"{type(self).__name__}.scale")

    def describe(self):
        return f"#{self.id} {self.name}: area={self.area():.3f} perimeter={self.perimeter():.3f}"

    def __lt__(self, other):
        return self.area() < other.area()

    def __eq__(self, other):
        if not isinstance(other, Shape):
            return NotImplemented
        return type(self) is type(other) and abs(self.area() - other.area()) < 1e-9

    def __hash__(self):
        return hash((type(self).__name__, round(self.area(), 6)))

    def __repr__(self):
        return f"{type(self).__name__}({self._args()})"

    def _args(self):
        return ""


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r

    def scale(self, f):
        return Circle(self.r * f)

    def _args(self):
        return f"r={self.r}"


class Rectangle(Shape):
    def __init__(self, w, h, name="rectangle"):
        super().__init__(name)
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)

    def scale(self, f):
        return type(self)(*[v * f for v in self._dims()])

    def _dims(self):
        return (self.w, self.h)

    def _args(self):
        return f"{self.w}x{self.h}"


class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side, "square")

    def _dims(self):
        return (self.w,)


class Triangle(Shape):
    def __init__(self, a, b, c):
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError(f"invalid triangle sides {a}, {b}, {c}")
        super().__init__("triangle")
        self.sides = (a, b, c)

    def area(self):
        a, b, c = self.sides
        s = (a + b + c) / 2
        return math.sqrt(s * (s - a) * (s - b) * (s - c))

    def perimeter(self):
        return sum(self.sides)

    def _args(self):
        return ",".join([str(s) for s in self.sides])


class Blob(Shape):
    pass


shapes = [Circle(1), Rectangle(2, 3), Square(2), Triangle(3, 4, 5), Circle(0.5), Square(3)]
for s in shapes:
    print(s.describe())
print("sorted:", sorted(shapes))
print("largest:", max(shapes), "smallest:", min(shapes))
print("total area: %.4f" % sum([s.area() for s in shapes]))
scaled = [s.scale(2) for s in shapes if not isinstance(s, Triangle)]
print("scaled:", scaled)
print([type(s).__name__ for s in scaled])
print(Square(2) == Rectangle(2, 2), Square(2) == Square(2), Rectangle(1, 4) == Rectangle(2, 2))
print(len({Square(2), Square(2), Rectangle(2, 2), Circle(1)}))
by_kind = {}
for s in shapes:
    by_kind.setdefault(type(s).__name__, []).append(s)
print({k: len(v) for k, v in sorted(by_kind.items())})
print(isinstance(Square(1), Rectangle), issubclass(Square, Shape), Square.__mro__[1].__name__)
for bad in (lambda: Blob("blob").describe(), lambda: Triangle(1, 2, 10), lambda: Triangle(3, 4, 5).scale(2)):
    try:
        bad()
    except (NotImplementedError, ValueError) as e:
        print(type(e).__name__, e)
print("shapes created:", Shape.count)
