# round(): ints and floats, banker's rounding, ndigits positive/negative/None, exact decimal behaviour.
for x in [0.5, 1.5, 2.5, -0.5, -1.5, 3.5, 2.675, 0.125, 0.375, 1e20, -7.5, 123.456]:
    print(x, round(x), round(x, 0), round(x, 1), round(x, 2), round(x, -1), round(x, None))
for n in [15, 25, 35, -15, -25, 1234567, 5, 2**70 + 5 * 10**10]:
    print(n, round(n), round(n, -1), round(n, -2), round(n, 3), round(n, -10))
print(round(2.675, 2), round(1.005, 2), round(0.1 + 0.2, 15), round(1e-300, 305), round(5e-324, 400), round(-0.0, 1), round(0.4, 0))
print(round(1.23456789e10, -5), round(9.99e307, -307), round(True), round(False, 2), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(round(number=2.567, ndigits=2), round(12345, ndigits=-2))
for f in [lambda: round(float('inf')), lambda: round(float('nan')), lambda: round(1.5, 'x'), lambda: round('a'), lambda: round(1.7e308, -308),
          lambda: round(), lambda: round(1, 2, 3), lambda: round(1.5, 1.0)]:
    try:
        print(f())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
