# int arithmetic across the 64-bit boundary: overflow to big ints, floor division/modulo signs, shifts.
big = 2**63
vals = [0, 1, -1, 7, -7, 2**62, big - 1, -big, big, 3**50, -(5**40)]
for a in vals[:6]:
    for b in [3, -3, big, -(big + 5)]:
        print(a + b, a - b, a * b, a // b, a % b, a / b)
m = -big
print(m - 1, m * -1, -m, abs(m), m // -1, m % -1, (big - 1) + 1, (big - 1) * 2, m * m)
print(1 << 63, 1 << 64, -1 << 100, (2**100) >> 99, -(2**100) >> 200, 5 >> 64, -5 >> 64, 0 << 10**6, 1 >> 2**70, -1 >> 2**70)
print(~big, ~(-big), big & (big - 1), big | 1, big ^ (big + 1), -big & 0xFF, (3**40) & -(2**30))
print(10**50 // 7, -10**50 // 7, 10**50 % 7, -10**50 % 7, 10**50 % -7, divmod(10**40, -10**20 - 3))
print(10**400 // 10**399, 2**1000 % 1000, (2**200 + 1) * (2**200 - 1) == 2**400 - 1)
for f in [lambda: 1 << -1, lambda: 1 >> -1, lambda: 1 << 2**70, lambda: 2**100 // 0, lambda: 2**100 % 0, lambda: 2**100 / 0]:
    try:
        print(f())
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
