# math.gamma, math.lgamma, math.erf and math.erfc: values printed with repr, so every bit counts,
# and the errors CPython raises.
import math

values = [0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 1e-300, -1e-300, 5e-324, -5e-324, 1e-20, 1e-21,
          2.0 ** -28, 2.0 ** -56, 0.1, 0.2, 0.25, 0.3, 0.84375, 0.9, 1.0, 1.1, 1.25, 2.0, 2.5,
          1 / 0.35, 3.0, 4.0, 5.0, 5.524680040776729, 6.0, 10.0, 27.9, 28.0, 30.0, 100.0, 140.0,
          141.5, 170.5, 171.6, -100.5, -170.5, -199.9, -200.5, -1e10 - 0.5, 1e300, -1e300]
for i in range(-40, 41):
    values.append(i / 8 + 1 / 1024)
    values.append(i * 0.37)
for i in range(1, 60):
    values.append(i * 2.9 + 0.013)
    values.append(-i * 2.9 - 0.013)
    values.append(i + 1e-9)
    values.append(-i + 1e-9)
for k in range(-30, 31, 3):
    values.append(1.7 * 2.0 ** k)

for name in ("gamma", "lgamma", "erf", "erfc"):
    f = getattr(math, name)
    print(name)
    for x in values:
        try:
            print(repr(x), repr(f(x)))
        except (ValueError, OverflowError) as e:
            print(repr(x), type(e).__name__, e)

specials = [0.0, -0.0, 1.0, 2.0, -1.0, -2.0, -3.0, -100.0, -1e300, 172.0, 171.7, 200.5, 1e308,
            2.0 ** 1020, 5e-324, -5e-324, math.inf, -math.inf, math.nan, 1e306, -1e306, 2.6e305]
for name in ("gamma", "lgamma", "erf", "erfc"):
    f = getattr(math, name)
    for x in specials:
        try:
            print(name, repr(x), repr(f(x)))
        except (ValueError, OverflowError) as e:
            print(name, repr(x), type(e).__name__, e)
for bad in ("1", None, [1.0]):
    try:
        math.gamma(bad)
    except TypeError as e:
        print("TypeError", e)
print(math.gamma(5), math.lgamma(True), math.erf(2), math.erfc(False))
