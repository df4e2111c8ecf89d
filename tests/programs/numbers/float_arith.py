# float arithmetic: floor division and modulo signs, infinities, nan, mixed int/float, overflow.
vals = [7.5, -7.5, 0.0, -0.0, 1e308, 3.0, -2.5]
for a in vals:
    for b in [2.0, -2.0, 0.7, float('inf'), -3]:
        print(a, b, a + b, a - b, a * b, a / b, a // b, a % b)
inf = float('inf')
nan = float('nan')
print(inf + 1, inf - inf, inf * 0, nan + 1, nan == nan, nan != nan, inf == inf, -inf < inf, 1e308 * 10, -1e308 * 10)
print(0.1 * 3, 0.1 + 0.7, 1.1 * 1.1, 1 - 0.9, 2 ** 0.5 * 2 ** 0.5, 1e16 + 1, 1e16 + 2, 3 * 1.1, 10 / 3)
print(5 % -0.3, -5 % 0.3, 1e-320 / 1e10, 5e-324 / 2, 2.5 // 0.5, 7 // 0.1, 7 % 0.1, -1e-300 % 1)
x = 0.0
for i in range(10):
    x += 0.1
print(x, x == 1.0, abs(x - 1.0) < 1e-9)
for f in [lambda: 1.0 / 0, lambda: 1.0 // 0.0, lambda: 1.0 % 0.0, lambda: inf // 0, lambda: 2**1024 + 0.5, lambda: 1.5 & 1, lambda: 1.5 << 1]:
    try:
        print(f())
    except (ZeroDivisionError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
