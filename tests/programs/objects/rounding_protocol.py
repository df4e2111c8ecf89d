# __round__, __trunc__, __floor__, __ceil__ with round() and math functions.
import math


class Price:
    def __init__(self, v):
        self.v = v

    def __round__(self, ndigits=None):
        print("  __round__", ndigits)
        if ndigits is None:
            return int(self.v + 0.5)
        return Price(round(self.v, ndigits))

    def __trunc__(self):
        print("  __trunc__")
        return int(self.v)

    def __floor__(self):
        print("  __floor__")
        return math.floor(self.v)

    def __ceil__(self):
        print("  __ceil__")
        return math.ceil(self.v)

    def __repr__(self):
        return f"Price({self.v})"


p = Price(4.567)
print(round(p), round(p, 1), round(p, ndigits=2))
print(math.trunc(p), math.floor(p), math.ceil(p))
n = Price(-2.5)
print(math.trunc(n), math.floor(n), math.ceil(n), round(n))


class NoRound:
    pass


for fn in (round, math.trunc, math.ceil, math.floor):
    try:
        fn(NoRound())
    except TypeError as e:
        print(fn.__name__, "TypeError:", e)


class FloatOnly:
    def __float__(self):
        return 3.7


print(math.floor(FloatOnly()), math.ceil(FloatOnly()))
try:
    round(FloatOnly())
except TypeError as e:
    print("TypeError:", e)
print(round(2.5), round(3.5), round(-0.5), round(1.25, 1), round(125, -1))
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(-0.5))


class IntRound(int):
    def __round__(self, nd=None):
        return "custom round"


print(round(IntRound(5)), math.floor(IntRound(5)), type(math.floor(IntRound(5))).__name__)
