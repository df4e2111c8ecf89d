# Class patterns in match statements using __match_args__ and keyword patterns.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


class Circle:
    __match_args__ = ("center", "radius")

    def __init__(self, center, radius):
        self.center, self.radius = center, radius


class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h


def describe(shape):
    match shape:
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x=x, y=y) if x == y:
            return f"diagonal {x}"
        case Point(x, y):
            return f"point {x},{y}"
        case Circle(Point(0, 0), r):
            return f"centered circle r={r}"
        case Circle(center=Point(x, y), radius=r) if r > 10:
            return f"big circle at {x},{y}"
        case Circle(c, r):
            return f"circle r={r} at {describe(c)}"
        case Rect(w=w, h=h) if w == h:
            return f"square {w}"
        case Rect(w=w):
            return f"rect width {w}"
        case int() | float() as num:
            return f"number {num}"
        case str(s):
            return f"string {s!r}"
        case [Point() as a, Point() as b]:
            return f"segment {describe(a)} -> {describe(b)}"
        case _:
            return "unknown"


for s in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2),
          Circle(Point(0, 0), 3), Circle(Point(1, 1), 20), Circle(Point(4, 0), 1),
          Rect(2, 2), Rect(3, 4), 7, 2.5, "hi", [Point(0, 1), Point(1, 1)], None]:
    print(describe(s))
try:
    match Rect(1, 2):
        case Rect(1, 2):
            print("matched")
except TypeError as e:
    print("TypeError:", e)


class TooFew:
    __match_args__ = ("a",)
    a = 1


try:
    match TooFew():
        case TooFew(x, y):
            print("no")
except TypeError as e:
    print("TypeError:", e)
