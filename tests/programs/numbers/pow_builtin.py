# pow() and **: modular pow with negative exponents, int/float powers, errors and overflow.
print(pow(2, 10), pow(2, -1), pow(2, 0.5), pow(-8, 1 / 3), pow(2, 100), pow(-2, 63), pow(0, 0), pow(0.0, 0))
print(pow(3, 4, 5), pow(3, -1, 7), pow(-3, 3, 7), pow(3, 3, -7), pow(2, 10**20, 10**9 + 7), pow(38, -1, 97), pow(5, 0, 1))
print(pow(base=2, exp=5), pow(2, exp=5, mod=3), pow(True, 2), pow(2, True, 3), pow(7, -2, 10**30 + 1))
print(2 ** -2, (-2) ** -3, 10 ** 20, 10.0 ** 20, 2 ** 0.5, (-2.0) ** 2, (-2.0) ** 3, 1 ** 10**10, (-1) ** (10**10 + 1))
print(0.0 ** 0.0, float('inf') ** 0, float('nan') ** 0, 1.0 ** float('nan'), 2.0 ** -1075, (-0.0) ** 3, 0.5 ** 2000)
print(float('inf') ** -1, (-float('inf')) ** 3, 2.0 ** float('inf'), 0.5 ** float('-inf'), (-1.0) ** float('inf'))
for f in [lambda: pow(2, 3, 0), lambda: pow(2, -1, 4), lambda: pow(2.0, 3, 5), lambda: pow(2, 3.0, 5), lambda: pow(2, 3, 5.0),
          lambda: 0 ** -1, lambda: 0.0 ** -2, lambda: 10.0 ** 400, lambda: (-10.0) ** 401, lambda: 2 ** 10000 * 1.0,
          lambda: pow('a', 2), lambda: pow(1j, 2, 3), lambda: pow(), lambda: pow(2, 3, 4, 5), lambda: 10 ** -400 * 10.0 ** 400]:
    try:
        print(f())
    except (ZeroDivisionError, TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
