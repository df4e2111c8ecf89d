# Arithmetic dunders including reflected forms and NotImplemented fallbacks.
class Num:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Num({self.v})"

    def _wrap(self, other):
        if isinstance(other, Num):
            return other.v
        if isinstance(other, (int, float)):
            return other
        return None

    def __add__(self, o):
        w = self._wrap(o)
        return NotImplemented if w is None else Num(self.v + w)

    def __radd__(self, o):
        print("  radd", o)
        return Num(o + self.v)

    def __sub__(self, o):
        w = self._wrap(o)
        return NotImplemented if w is None else Num(self.v - w)

    def __rsub__(self, o):
        return Num(o - self.v)

    def __mul__(self, o):
        w = self._wrap(o)
        return NotImplemented if w is None else Num(self.v * w)

    __rmul__ = __mul__

    def __truediv__(self, o):
        return Num(self.v / self._wrap(o))

    def __rtruediv__(self, o):
        return Num(o / self.v)

    def __floordiv__(self, o):
        return Num(self.v // self._wrap(o))

    def __mod__(self, o):
        return Num(self.v % self._wrap(o))

    def __rmod__(self, o):
        return Num(o % self.v)

    def __pow__(self, o, mod=None):
        return Num(pow(self.v, self._wrap(o), mod))

    def __rpow__(self, o):
        return Num(o ** self.v)

    def __divmod__(self, o):
        return (self // o, self % o)


a, b = Num(7), Num(2)
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(a + 1, 1 + a, 10 - a, 3 * a, 14 / a, 20 % a, 2 ** b)
print(pow(a, 2, 5), divmod(a, b))
print(sum([Num(1), Num(2), Num(3)]))
try:
    a + "s"
except TypeError as e:
    print("TypeError:", e)
try:
    a @ b
except TypeError as e:
    print("TypeError:", e)
try:
    divmod(3, a)
except TypeError as e:
    print("TypeError:", e)
try:
    "s" * a
except TypeError as e:
    print("TypeError:", e)
