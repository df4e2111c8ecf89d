# complex arithmetic: + - * / ** with ints, floats and complex; errors and overflow.
a = 1 + 2j
b = 3 - 1j
print(a + b, a - b, a * b, a / b, a ** 2, a ** -2, a ** 0.5, a ** b)
print(a + 1, 2 - a, a * 2.5, 1 / a, 2 ** a, a ** 3, (1j) ** 2, (-1) ** 0.5, (-8) ** (1 / 3))
print(a * 0, 0j ** 0, (2 + 0j) ** 10, (1 + 1j) ** 20, (0.5 + 0.5j) ** 101)
for f in [lambda: a / 0, lambda: a / 0j, lambda: 0j ** -1, lambda: 0j ** 1j, lambda: (1 + 1j) ** 10000, lambda: a // 2,
          lambda: a % 2, lambda: divmod(a, 2), lambda: a < b, lambda: a & 1, lambda: complex(1e308, 1e308) * 10, lambda: abs(complex(1e308, 1e308))]:
    try:
        print(f())
    except (ZeroDivisionError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
