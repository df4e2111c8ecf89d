# Rich comparisons with reflection, NotImplemented, and default identity equality.
VERBOSE = True


class Version:
    def __init__(self, s):
        self.parts = tuple([int(p) for p in s.split(".")])

    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))

    def __eq__(self, o):
        VERBOSE and print(f"  {self!r}.__eq__({o!r})")
        if not isinstance(o, Version):
            return NotImplemented
        return self.parts == o.parts

    def __lt__(self, o):
        VERBOSE and print(f"  {self!r}.__lt__({o!r})")
        if not isinstance(o, Version):
            return NotImplemented
        return self.parts < o.parts

    def __le__(self, o):
        VERBOSE and print(f"  {self!r}.__le__({o!r})")
        if not isinstance(o, Version):
            return NotImplemented
        return self.parts <= o.parts


a, b = Version("1.2"), Version("1.10")
print(a < b)
print(a > b)
print(a >= b)
print(a == Version("1.2"))
print(a != b)
print(a == "1.2")
print(a != "1.2")
try:
    a < 3
except TypeError as e:
    print("TypeError:", e)
try:
    3 >= a
except TypeError as e:
    print("TypeError:", e)


class Plain:
    pass


p, q = Plain(), Plain()
print(p == p, p == q, p != q, p is not q)
try:
    p < q
except TypeError as e:
    print("TypeError:", e)


class AlwaysEqual:
    def __eq__(self, o):
        return True


print(AlwaysEqual() == 5, 5 == AlwaysEqual(), AlwaysEqual() != 5, [1, 2].count(AlwaysEqual()))
VERBOSE = False
print(sorted([Version("2.0"), Version("1.5"), Version("1.10")]))
