import math
from math import sqrt, pi as PI

print(math.pi, math.e, math.tau, math.inf, -math.inf, PI)
print(sqrt(16), math.sqrt(2), math.isqrt(17), math.isqrt(10**30))
print(math.floor(3.7), math.ceil(3.2), math.floor(-3.5), math.ceil(-3.5), math.trunc(-3.9), math.floor(10**20 + 0.0))
print(math.factorial(0), math.factorial(10), math.factorial(25))
print(math.gcd(12, 18), math.gcd(0, 0), math.gcd(-4, 6, 10), math.lcm(4, 6), math.lcm(3, 5, 7))
print(math.comb(10, 3), math.comb(5, 7), math.perm(5, 2), math.perm(4))
print(math.fabs(-2), math.copysign(3, -0.0), math.fmod(7, 3), math.fmod(-7, 3), math.remainder(7, 4))
print(math.frexp(8.0), math.frexp(0.1), math.ldexp(0.5, 4), math.modf(3.25), math.modf(-3.25))
print(math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(1e308), math.isclose(0.1 + 0.2, 0.3))
print(math.isclose(1.0, 1.1, rel_tol=0.2), math.isclose(1, 1.0000001, abs_tol=1e-3))
print(math.log(1), math.log(8, 2), math.log2(1024), math.log10(1000), math.log(10**400) > 920)
print(math.exp(0), math.exp(1) == math.e, math.pow(2, 10), math.pow(2.0, 0.5))
print(math.degrees(math.pi), math.radians(180) == math.pi, math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)))
print(math.fsum([0.1] * 10), math.prod([1, 2, 3, 4]), math.prod([], start=5))
print(math.atan2(1, 1) * 4 == math.pi, math.sin(0), math.cos(0), math.tan(0), math.asin(1) * 2 == math.pi)
print(math.ulp(1.0), math.nextafter(1.0, 2.0), math.cbrt(8), math.cbrt(-64))

for bad in ["math.sqrt(-1)", "math.log(0)", "math.log(-1)", "math.factorial(-1)", "math.factorial(2.5)",
            "math.exp(1000)", "math.floor(math.inf)", "math.ceil(math.nan)", "math.acos(2)", "math.fmod(1, 0)",
            "math.sin(math.inf)", "math.isqrt(-1)", "math.comb(-1, 2)", "math.pow(0, -1)"]:
    try:
        print(bad, "=", eval(bad))
    except (ValueError, OverflowError, TypeError) as e:
        print(bad, "->", type(e).__name__, e)
print(math.fma(2.0, 3.0, 1.0), math.fma(0.1, 10, -1))
for call in ["math.fma(math.inf, 0, 1)", "math.fma(1e308, 10, 0)", "math.sumprod([1, 2], [3])", "math.sumprod([1.5, 2], [2, 0.1])",
             "math.sumprod([1, 2, 3], [4, 5, 6])", "math.sumprod([0.1] * 10, [0.1] * 10)", "math.sumprod([], [])",
             "math.sumprod([1, 2.5], [2 ** 70, 3])"]:
    try:
        print(call, eval(call))
    except (ValueError, OverflowError) as e:
        print(call, type(e).__name__, e)
