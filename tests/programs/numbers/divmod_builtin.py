# divmod(): signs of quotient and remainder for ints and floats; zero divisors; bool operands.
for a in [7, -7, 0, 2**65 + 3, -(2**65) - 3]:
    for b in [2, -2, 3, -(2**64)]:
        print(a, b, divmod(a, b), a // b, a % b)
for a in [7.5, -7.5, 0.0, -0.0, 1e300, 5e-324]:
    for b in [2, -2.0, 0.3, float('inf'), -float('inf')]:
        print(a, b, divmod(a, b), a // b, a % b)
print(divmod(True, 2), divmod(7, True), divmod(7, 2.5), divmod(-7, 2.5), divmod(float('nan'), 1))
for f in [lambda: divmod(1, 0), lambda: divmod(1.0, 0), lambda: divmod(1, 0.0), lambda: divmod(1j, 2), lambda: divmod('a', 2),
          lambda: divmod(1), lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 // 0.0, lambda: 1.0 % 0, lambda: 5 / 0, lambda: 5.0 / 0]:
    try:
        print(f())
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)
