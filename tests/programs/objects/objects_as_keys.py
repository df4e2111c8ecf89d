# Objects with __eq__/__hash__ as dict keys and set members.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, o):
        if not isinstance(o, Point):
            return NotImplemented
        return (self.x, self.y) == (o.x, o.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"P({self.x},{self.y})"


d = {Point(0, 0): "origin", Point(1, 2): "a"}
print(d[Point(0, 0)], d.get(Point(1, 2)), Point(5, 5) in d)
d[Point(0, 0)] = "ORIGIN"
print(len(d), d)
s = {Point(1, 1), Point(1, 1), Point(2, 2)}
print(len(s), sorted(s, key=lambda p: (p.x, p.y)))
print(Point(2, 2) in s, Point(3, 3) in s)
s.discard(Point(1, 1))
print(sorted(s, key=repr))
counts = {}
for p in [Point(0, 1), Point(1, 0), Point(0, 1), Point(0, 1)]:
    counts[p] = counts.get(p, 0) + 1
print(counts)


class Collide:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return 42

    def __eq__(self, o):
        return isinstance(o, Collide) and self.name == o.name

    def __repr__(self):
        return self.name


c = {Collide("a"): 1, Collide("b"): 2, Collide("c"): 3}
print(c, c[Collide("b")], len(c))
del c[Collide("a")]
print(c)
print(hash(1) == hash(1.0) == hash(True), {1: "int", 1.0: "float", True: "bool"})


class Identity:
    def __init__(self, tag):
        self.tag = tag


i1, i2 = Identity("x"), Identity("x")
ident = {i1: 1, i2: 2}
print(len(ident), ident[i1], ident[i2])
print(frozenset([Point(1, 2)]) == frozenset([Point(1, 2)]))
