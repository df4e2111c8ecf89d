# __contains__ vs fallback to __iter__ vs __getitem__; result coerced to bool.
class Range:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi

    def __contains__(self, x):
        print("  __contains__", x)
        return self.lo <= x < self.hi


r = Range(1, 5)
print(3 in r, 5 in r, 0 not in r)


class IterOnly:
    def __iter__(self):
        print("  __iter__")
        return iter([1, 2, 3])


print(2 in IterOnly(), 9 in IterOnly())


class Truthy:
    def __contains__(self, x):
        return "non-empty string"


print(1 in Truthy(), 1 not in Truthy(), (1 in Truthy()) is True)


class Nope:
    pass


try:
    1 in Nope()
except TypeError as e:
    print("TypeError:", e)


class NoneContains:
    __contains__ = None

    def __iter__(self):
        return iter([1])


try:
    1 in NoneContains()
except TypeError as e:
    print("TypeError:", e)


class Eq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        print("  Eq.__eq__", self.v, o)
        return self.v == o


print(Eq(2) in [1, 2, 3])
print(2 in [Eq(1), Eq(2), Eq(3)])
print(2 in (Eq(5),), 2 in {"k": Eq(2)}.values())
