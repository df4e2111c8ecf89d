# Float corner cases: inf, nan, signed zero, rounding, isclose, fsum, modf, frexp.
import math

inf, nan = float("inf"), float("nan")
print(inf + 1, -inf * 2, inf - inf, inf * 0, nan == nan, nan != nan, inf == inf, -inf < 0 < inf)
print(math.isnan(nan), math.isinf(-inf), math.isfinite(1e308), math.isfinite(inf), 1e308 * 10, -1e308 * 10)
print(0.0 == -0.0, math.copysign(1, -0.0), math.copysign(3, -inf), 1 / inf, -1 / inf, str(-0.0), repr(0.0 * -1))
print(max(nan, 1), max(1, nan), min([3.0, nan, 1.0]), sorted([3.0, 1.0, 2.0]))

# rounding modes
vals = [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 0.125, 0.375]
print([round(v) for v in vals])
print([round(v, 2) for v in vals])
print([math.floor(v) for v in vals], [math.ceil(v) for v in vals], [math.trunc(v) for v in vals])
print(round(1234.5678, -2), round(1234, -2), round(-1250, -2), round(1350, -2), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)

# isclose
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3, math.isclose(1e-10, 0), math.isclose(1e-10, 0, abs_tol=1e-9))
print(math.isclose(100, 101, rel_tol=0.01), math.isclose(100, 102, rel_tol=0.01), math.isclose(inf, inf), math.isclose(nan, nan))

# fsum vs sum
data = [0.1] * 10
print(sum(data), math.fsum(data), sum([1e100, 1.0, -1e100]), math.fsum([1e100, 1.0, -1e100]))

# modf, frexp, ldexp, fmod vs %
print(math.modf(3.75), math.modf(-3.75), math.frexp(8.0), math.frexp(0.15625), math.ldexp(0.625, 4))
print(math.fmod(7, -3), 7 % -3, math.fmod(-7, 3), -7 % 3, math.fmod(5.5, 2), 5.5 % 2, -5.5 % 2)

# float <-> int conversion limits
print(int(1e20), int(-2.9), int(2.9), float(2 ** 53 + 1) == float(2 ** 53), 2 ** 53 + 1 == float(2 ** 53 + 1))
for bad in (lambda: int(inf), lambda: int(nan), lambda: float(10 ** 400), lambda: math.sqrt(-1), lambda: math.log(0)):
    try:
        print(bad())
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)

# integer ratio and hex representation
for v in (0.5, 0.1, -2.25, 1e-3):
    print(v, v.as_integer_ratio(), v.hex(), float.fromhex(v.hex()) == v, v.is_integer())
print((3.0).is_integer(), float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"))

# floating accumulation error and compensated sum
total = 0.0
for _ in range(1000):
    total += 0.001
print(total, round(total, 10), math.fsum([0.001] * 1000))

# ulp and nextafter
print(math.ulp(1.0), math.nextafter(1.0, 2.0) - 1.0 == math.ulp(1.0), math.nextafter(0.0, -1.0), math.ulp(0.0))

# comparisons between int and float are exact
print(2 ** 53 + 1 > float(2 ** 53), 10 ** 20 == 1e20, 10 ** 23 == 1e23, 1 == 1.0 == True)
