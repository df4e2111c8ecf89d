# tuple subclasses: named-tuple style records with __new__, properties and __slots__ = ().
class Point(tuple):
    __slots__ = ()

    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def __repr__(self):
        return f"Point(x={self.x}, y={self.y})"

    def __add__(self, o):
        return Point(self.x + o[0], self.y + o[1])


p = Point(1, 2)
q = Point(3, 4)
print(p, q, p + q, p.x, q.y, len(p), list(p))
x, y = p
print(x, y, p == (1, 2), p < q, hash(p) == hash((1, 2)), {p: "here"}[(1, 2)])
print(p[::-1], type(p[::-1]).__name__, p * 2, type(p * 2).__name__)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]), max([Point(0, 9), Point(1, 0)]))
try:
    p.z = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    p[0] = 5
except TypeError as e:
    print("TypeError:", e)
print(isinstance(p, tuple), p.count(1), p.index(2), tuple(p), type(tuple(p)).__name__)


class Pair(tuple):
    def __new__(cls, *items):
        if len(items) != 2:
            raise TypeError(f"Pair needs 2 items, got {len(items)}")
        return super().__new__(cls, items)

    def swap(self):
        return type(self)(self[1], self[0])


pr = Pair("a", "b")
print(pr, pr.swap(), pr + ("c",), type(pr + ("c",)).__name__)
try:
    Pair(1)
except TypeError as e:
    print("TypeError:", e)
pr.extra = 1
print(pr.extra, vars(pr))
