# repr/str of floats across ranges: shortest round-trip digits, exponent switch at 1e16 and 1e-4.
vals = [0.1 + 0.2, 1e16, 1e15, 123456789012345.6, 1234567890123456.7, 1e-5, 1e-4, 0.00012345, 5e-324, 2.2250738585072014e-308,
        1.7976931348623157e+308, 1e22, 1e23, 0.1, 1/3, 2/3, 100.0, 1e100, 9007199254740993.0, -0.0, 3.14159, 1.5e-10, 12345678.9]
for v in vals:
    print(repr(v), str(v), v)
print(float('inf'), -float('inf'), float('nan'), [0.5, 1e50], (2.5,))
x = 1.0
for i in range(25):
    x *= 7.3
    print(x, 1 / x)
