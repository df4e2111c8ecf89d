# Polynomial class with integer coefficients: arithmetic, evaluation via __call__, derivative, division, comparison and printing.
class Polynomial:
    def __init__(self, coeffs):
        coeffs = list(coeffs)
        while len(coeffs) > 1 and coeffs[-1] == 0:
            coeffs.pop()
        self.coeffs = tuple(coeffs) if coeffs else (0,)

    @classmethod
    def from_roots(cls, *roots):
        result = cls([1])
        for r in roots:
            result = result * cls([-r, 1])
        return result

    @property
    def degree(self):
        return -1 if self.coeffs == (0,) else len(self.coeffs) - 1

    def __call__(self, x):
        acc = 0
        for c in reversed(self.coeffs):
            acc = acc * x + c
        return acc

    @staticmethod
    def _lift(other):
        if isinstance(other, Polynomial):
            return other
        if isinstance(other, int):
            return Polynomial([other])
        return None

    def __add__(self, other):
        o = self._lift(other)
        if o is None:
            return NotImplemented
        n = max(len(self.coeffs), len(o.coeffs))
        a = self.coeffs + (0,) * (n - len(self.coeffs))
        b = o.coeffs + (0,) * (n - len(o.coeffs))
        return Polynomial([x + y for x, y in zip(a, b)])

    __radd__ = __add__

    def __neg__(self):
        return Polynomial([-c for c in self.coeffs])

    def __sub__(self, other):
        o = self._lift(other)
        return NotImplemented if o is None else self + (-o)

    def __rsub__(self, other):
        o = self._lift(other)
        return NotImplemented if o is None else o + (-self)

    def __mul__(self, other):
        o = self._lift(other)
        if o is None:
            return NotImplemented
        out = [0] * (len(self.coeffs) + len(o.coeffs) - 1)
        for i, a in enumerate(self.coeffs):
            for j, b in enumerate(o.coeffs):
                out[i + j] += a * b
        return Polynomial(out)

    __rmul__ = __mul__

    def __pow__(self, n):
        result = Polynomial([1])
        for _ in range(n):
            result = result * self
        return result

    def __divmod__(self, other):
        if other.degree < 0:
            raise ZeroDivisionError("polynomial division by zero")
        rem = list(self.coeffs)
        quot = [0] * max(1, len(rem) - len(other.coeffs) + 1)
        lead = other.coeffs[-1]
        while len(rem) >= len(other.coeffs) and any(rem):
            shift = len(rem) - len(other.coeffs)
            if rem[-1] % lead:
                raise ValueError("non-integer quotient")
            factor = rem[-1] // lead
            quot[shift] = factor
            for i, c in enumerate(other.coeffs):
                rem[shift + i] -= factor * c
            rem.pop()
        return Polynomial(quot), Polynomial(rem)

    def __floordiv__(self, other):
        return divmod(self, other)[0]

    def __mod__(self, other):
        return divmod(self, other)[1]

    def derivative(self):
        return Polynomial([i * c for i, c in enumerate(self.coeffs)][1:])

    def __eq__(self, other):
        o = self._lift(other)
        return NotImplemented if o is None else self.coeffs == o.coeffs

    def __hash__(self):
        return hash(self.coeffs)

    def __lt__(self, other):
        return (self.degree, self.coeffs[::-1]) < (other.degree, other.coeffs[::-1])

    def __bool__(self):
        return self.degree >= 0

    def __len__(self):
        return len(self.coeffs)

    def __getitem__(self, power):
        return self.coeffs[power] if power < len(self.coeffs) else 0

    def __iter__(self):
        return iter(self.coeffs)

    def __repr__(self):
        return f"Polynomial({list(self.coeffs)})"

    def __str__(self):
        if self.degree < 0:
            return "0"
        terms = []
        for power in range(len(self.coeffs) - 1, -1, -1):
            c = self.coeffs[power]
            if c == 0:
                continue
            sign = "-" if c < 0 else "+"
            mag = abs(c)
            body = "" if mag == 1 and power else str(mag)
            var = "" if power == 0 else ("x" if power == 1 else f"x^{power}")
            terms.append((sign, body + var))
        first_sign, first = terms[0]
        out = ("-" if first_sign == "-" else "") + first
        for sign, t in terms[1:]:
            out += f" {sign} {t}"
        return out


p = Polynomial([1, -3, 0, 2])
q = Polynomial([-1, 1])
print(p, "|", q, "|", repr(p), p.degree, len(p), p[3], p[10], list(p))
print(p + q, "|", p - q, "|", p * q, "|", 3 * q, "|", q + 5, "|", 1 - q, "|", -p)
print([p(x) for x in range(-2, 3)], q ** 3, (q ** 2)(3))
r = Polynomial.from_roots(1, 2, 3)
print(r, r.derivative(), r.derivative().derivative(), [r(x) for x in (1, 2, 3, 4)])
quot, rem = divmod(r, q)
print(quot, "|", rem, "|", r // Polynomial([-2, 1]), "|", p % q, "|", quot * q + rem == r)
print(Polynomial([0, 0]), Polynomial([]).degree, bool(Polynomial([0])), Polynomial([5]) == 5, p == q)
print(sorted([p, q, Polynomial([7]), r]), len({Polynomial([1, 2]), Polynomial([1, 2, 0])}))
for bad in (lambda: divmod(p, Polynomial([0])), lambda: Polynomial([1, 1]) // Polynomial([0, 2]), lambda: p + 1.5):
    try:
        bad()
    except (ZeroDivisionError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
