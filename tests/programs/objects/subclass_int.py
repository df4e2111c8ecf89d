# int subclasses: arithmetic returns plain int unless overridden; repr/str; bool-like use.
class Celsius(int):
    def __repr__(self):
        return f"Celsius({int(self)})"

    def warmer(self, n):
        return Celsius(self + n)


c = Celsius(20)
print(c, repr(c), str(c), f"{c}", f"{c:5d}|", c + 5, type(c + 5).__name__)
print(type(c * 2).__name__, type(-c).__name__, type(abs(c)).__name__, type(c // 3).__name__)
print(c.warmer(3), repr(c.warmer(3)), isinstance(c, int), c == 20, hash(c) == hash(20))
print(c.bit_length(), c.real, c.numerator, type(c.real).__name__)
print([10, 20, 30].index(c), {20: "twenty"}[c], "abc"[Celsius(1)])
print(sorted([Celsius(5), 3, Celsius(1)]), max(Celsius(2), 1))


class Even(int):
    def __new__(cls, v):
        if v % 2:
            raise ValueError(f"{v} is odd")
        return super().__new__(cls, v)

    def __add__(self, o):
        r = int(self) + int(o)
        return Even(r) if r % 2 == 0 else r


e = Even(4)
print(e, type(e).__name__, e + 2, type(e + 2).__name__, e + 1, type(e + 1).__name__)
print(2 + e, type(2 + e).__name__)
try:
    Even(3)
except ValueError as err:
    print("ValueError:", err)


class Flag(int):
    def __bool__(self):
        return False


f = Flag(5)
print(bool(f), f + 0, "yes" if f else "no", int(f))
f.note = "int subclasses get a __dict__"
print(f.note, vars(f))
print(int.__add__(Celsius(1), 2), Celsius("12"), Celsius("ff", 16))
print(Celsius(7) % 4, divmod(Celsius(7), 2), Celsius(2) ** 10, Celsius(6) / 4)
