# Exact rational arithmetic with (num, den) tuples and continued fractions.
import math


def make(n, d=1):
    if d == 0:
        raise ZeroDivisionError("denominator is zero")
    g = math.gcd(n, d)
    if d < 0:
        g = -g
    return (n // g, d // g)


def add(a, b):
    return make(a[0] * b[1] + b[0] * a[1], a[1] * b[1])


def mul(a, b):
    return make(a[0] * b[0], a[1] * b[1])


def div(a, b):
    return make(a[0] * b[1], a[1] * b[0])


def show(r):
    return str(r[0]) if r[1] == 1 else f"{r[0]}/{r[1]}"


def to_cf(r):
    n, d = r
    terms = []
    while d:
        q = n // d
        terms.append(q)
        n, d = d, n - q * d
    return terms


def from_cf(terms):
    r = make(terms[-1])
    for t in reversed(terms[:-1]):
        r = add(make(t), div(make(1), r))
    return r


def convergents(terms):
    h0, h1, k0, k1 = 0, 1, 1, 0
    out = []
    for a in terms:
        h0, h1 = h1, a * h1 + h0
        k0, k1 = k1, a * k1 + k0
        out.append((h1, k1))
    return out


for r in [make(415, 93), make(-7, 3), make(1, 7), make(355, 113), make(0, 5), make(10, -4)]:
    cf = to_cf(r)
    print(show(r), cf, show(from_cf(cf)), from_cf(cf) == r)

# harmonic numbers exactly
h = make(0)
for n in range(1, 21):
    h = add(h, make(1, n))
print("H20 =", show(h), "~", h[0] / h[1])

# sqrt(2) convergents from its periodic continued fraction
terms = [1] + [2] * 12
for p, q in convergents(terms)[-4:]:
    print(f"{p}/{q}", p / q, abs(p * p - 2 * q * q))

# best rational approximations of pi from a float's exact value
num, den = math.pi.as_integer_ratio()
cf = to_cf((num, den))
print(cf[:8])
for p, q in convergents(cf[:6]):
    print(f"{p}/{q}", f"{p / q:.12f}", f"{abs(p / q - math.pi):.2e}")

# egyptian fractions (greedy)
def egyptian(r):
    out = []
    n, d = r
    while n:
        c = -(-d // n)
        out.append(c)
        n, d = make(n * c - d, d * c)
    return out


for r in [make(4, 13), make(5, 6), make(7, 15), make(1, 1)]:
    print(show(r), "=", " + ".join([f"1/{c}" for c in egyptian(r)]))

# errors
try:
    make(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(show(mul(make(2, 3), make(9, 4))), show(div(make(1, 2), make(-3, 4))), show(add(make(1, 6), make(1, 3))))
