# A Fraction class: normalization, full arithmetic with ints/floats, comparisons, hashing consistent with int.
import math


class Fraction:
    __slots__ = ("num", "den")

    def __new__(cls, num=0, den=1):
        if isinstance(num, str):
            if "/" in num:
                a, b = num.split("/")
                num, den = int(a), int(b)
            else:
                num = int(num)
        if den == 0:
            raise ZeroDivisionError(f"Fraction({num}, 0)")
        if not isinstance(num, int) or not isinstance(den, int):
            raise TypeError("numerator and denominator must be integers")
        g = math.gcd(num, den)
        if den < 0:
            g = -g
        self = super().__new__(cls)
        self.num = num // g
        self.den = den // g
        return self

    @staticmethod
    def _coerce(other):
        if isinstance(other, Fraction):
            return other
        if isinstance(other, int):
            return Fraction(other)
        return None

    def __add__(self, other):
        o = self._coerce(other)
        if o is None:
            return float(self) + other if isinstance(other, float) else NotImplemented
        return Fraction(self.num * o.den + o.num * self.den, self.den * o.den)

    __radd__ = __add__

    def __sub__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return Fraction(self.num * o.den - o.num * self.den, self.den * o.den)

    def __rsub__(self, other):
        o = self._coerce(other)
        return NotImplemented if o is None else o - self

    def __mul__(self, other):
        o = self._coerce(other)
        if o is None:
            return float(self) * other if isinstance(other, float) else NotImplemented
        return Fraction(self.num * o.num, self.den * o.den)

    __rmul__ = __mul__

    def __truediv__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return Fraction(self.num * o.den, self.den * o.num)

    def __rtruediv__(self, other):
        o = self._coerce(other)
        return NotImplemented if o is None else o / self

    def __pow__(self, n):
        if n >= 0:
            return Fraction(self.num ** n, self.den ** n)
        return Fraction(self.den ** -n, self.num ** -n)

    def __neg__(self):
        return Fraction(-self.num, self.den)

    def __abs__(self):
        return Fraction(abs(self.num), self.den)

    def __float__(self):
        return self.num / self.den

    def __int__(self):
        return int(self.num / self.den)

    def __floor__(self):
        return self.num // self.den

    def __ceil__(self):
        return -(-self.num // self.den)

    def __round__(self, nd=None):
        return round(float(self), nd) if nd is not None else round(float(self))

    def __bool__(self):
        return self.num != 0

    def _cmp_key(self, other):
        o = self._coerce(other)
        if o is None:
            if isinstance(other, float):
                return float(self), other
            return None
        return self.num * o.den, o.num * self.den

    def __eq__(self, other):
        k = self._cmp_key(other)
        return NotImplemented if k is None else k[0] == k[1]

    def __lt__(self, other):
        k = self._cmp_key(other)
        return NotImplemented if k is None else k[0] < k[1]

    def __le__(self, other):
        k = self._cmp_key(other)
        return NotImplemented if k is None else k[0] <= k[1]

    def __gt__(self, other):
        k = self._cmp_key(other)
        return NotImplemented if k is None else k[0] > k[1]

    def __ge__(self, other):
        k = self._cmp_key(other)
        return NotImplemented if k is None else k[0] >= k[1]

    def __hash__(self):
        return hash(self.num) if self.den == 1 else hash((self.num, self.den))

    def __repr__(self):
        return f"Fraction({self.num}, {self.den})"

    def __str__(self):
        return str(self.num) if self.den == 1 else f"{self.num}/{self.den}"


half, third = Fraction(1, 2), Fraction("1/3")
print(half, third, repr(Fraction(6, -8)), Fraction("5"), Fraction())
print(half + third, half - third, half * third, half / third, half ** 2, third ** -2)
print(1 + half, half + 1, 1 - half, 2 * third, 1 / third, half + 0.25, 0.5 * third)
print(-half, abs(Fraction(-3, 4)), float(third), int(Fraction(7, 2)), int(Fraction(-7, 2)))
print(math.floor(Fraction(-7, 2)), math.ceil(Fraction(-7, 2)), round(Fraction(7, 2)), round(third, 3))
print(half == Fraction(2, 4), half == 0.5, Fraction(4, 2) == 2, half != third, half > third, third <= half)
print(sorted([Fraction(3, 4), half, 1, third, Fraction(-1, 5), 0.6]))
print(hash(Fraction(4, 2)) == hash(2), len({Fraction(1, 2), Fraction(2, 4), Fraction(3, 6)}), {2: "int"}[Fraction(6, 3)])
total = sum([Fraction(1, n) for n in range(1, 7)])
print("harmonic(6) =", total, float(total))
print(bool(Fraction(0, 5)), bool(third), max(half, third), min([half, third, Fraction(1, 4)]))
for bad in (lambda: Fraction(1, 0), lambda: half / Fraction(0), lambda: Fraction(1.5, 2), lambda: half < "x", lambda: half - 0.5):
    try:
        print(bad())
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)
try:
    half.extra = 1
except AttributeError as e:
    print("AttributeError:", e)
