# float subclasses and arithmetic results; custom formatting.
class Percent(float):
    def __str__(self):
        return f"{float(self) * 100:.1f}%"

    def __format__(self, spec):
        if spec == "%":
            return str(self)
        return float.__format__(self, spec)


p = Percent(0.256)
print(p, repr(p), f"{p:%}", f"{p:.2f}", type(p * 2).__name__, p * 2)
print(p + 0.1, p > 0.25, round(p, 1), type(round(p, 1)).__name__, int(p))
print(p.is_integer(), Percent(2.0).is_integer(), p.hex() == (0.256).hex())


class Rounded(float):
    def __new__(cls, v, places=2):
        obj = super().__new__(cls, round(v, places))
        obj.places = places
        return obj

    def __add__(self, o):
        return Rounded(float(self) + float(o), self.places)

    __radd__ = __add__


r = Rounded(3.14159)
print(r, r.places, r + 1.005, type(r + 1).__name__, 1 + r, sum([Rounded(0.111), Rounded(0.222)]))
print(Rounded(1.23456, 3), Rounded(float("2.5")))
import math
print(math.sqrt(Percent(0.25)), math.floor(Percent(1.7)), float(Percent(0.5)) == 0.5)
print(sorted([Percent(0.3), 0.1, Percent(0.2)]), max(Percent(0.9), 0.5))


class Meters(float):
    def __repr__(self):
        return f"{float(self)}m"


print([Meters(1.5), Meters(2)], Meters(3) - Meters(1), type(Meters(3) - Meters(1)).__name__)
print(-Meters(2), abs(Meters(-2)), type(abs(Meters(-2))).__name__)
