print(7 // -2, -7 // 2, 7 % -2, -7 % 2, divmod(-7, 2), divmod(7.5, -2))
print(round(2.5), round(3.5), round(-0.5), round(1.25, 1), round(12345, -2))
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, 1e16 + 1, 2 ** 0.5)
print(float("inf") - float("inf"), float("-inf"), -0.0, 0.0 == -0.0)
print(int("  -42 "), int("0x1f", 16), int("1_000"), int(-3.9), int(3.9))
print(10 ** 30 // 7, (10 ** 30) % 7, -(2 ** 64) >> 3, 1 << 70)
print(abs(-0.0), max(-0.0, 0.0), 5 / 2, 4 / 2, 2 ** -1, (-8) ** (1 / 3) == (-8) ** (1 / 3))
print(float.fromhex("0x1.8p1"), (0.5).as_integer_ratio(), (255).bit_length(), (-1).bit_length())
print(1e308 * 10, 5e-324 / 2, 3 * 1.1, 1 / 3)
for bad in ["1.5", "abc", ""]:
    try:
        int(bad)
    except ValueError as e:
        print(type(e).__name__, e)
for expr in [lambda: 1 / 0, lambda: 1 % 0, lambda: 1.0 // 0, lambda: 2.0 ** 10000]:
    try:
        expr()
    except (ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)
