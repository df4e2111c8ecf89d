# Chained comparisons call each dunder once per pair; non-bool results propagate.
class Tracer:
    def __init__(self, n):
        self.n = n

    def __lt__(self, o):
        r = self.n < o.n
        print(f"  {self.n} < {o.n} -> {r}")
        return r

    def __eq__(self, o):
        return Result(self.n == o.n)

    __hash__ = None


class Result:
    def __init__(self, val):
        self.val = val

    def __bool__(self):
        print("  Result.__bool__", self.val)
        return self.val

    def __repr__(self):
        return f"Result({self.val})"


a, b, c = Tracer(1), Tracer(2), Tracer(3)
print(a < b < c)
print(c < b < a)
print(a < c < b)
print(a == a)
print(bool(a == b))
if a == a:
    print("eq truthy")
print(not (a == b))
print([a == x for x in (a, b)])
print((a == a) and "yes")


class Vec:
    def __init__(self, *xs):
        self.xs = xs

    def __eq__(self, o):
        return [x == y for x, y in zip(self.xs, o.xs)]

    def __ne__(self, o):
        return "custom ne"


print(Vec(1, 2) == Vec(1, 3), Vec(1) != Vec(1))
try:
    print(1 < Tracer(2))
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
