# Conversions between int and float: correct rounding of big ints, exact truncation of big floats.
for n in [2**53, 2**53 + 1, 2**53 + 2, 2**53 + 3, 2**54 + 2, 2**63 - 1, 2**64 - 1, 2**1023, 2**1024 - 2**970, 10**22, 10**23, 3**100]:
    print(n, float(n), int(float(n)) - n)
for f in [1e16, 1.5e16, 1e22, 1e23, 2.0**63, 2.0**64, -2.0**63, 1.7976931348623157e308, 123456789.987, -0.999, 4.5e15 + 0.5]:
    print(f, int(f), round(f), int(f) == f)
for n in [2**1024 - 2**970 - 1, 2**1024 - 2**970, 2**1024, -(2**1100)]:
    try:
        print(float(n))
    except OverflowError as e:
        print(type(e).__name__, e)
print(int(-0.0), int(0.5), int(-0.5), int(1e-300), float(-0), float(True), 2**53 + 1 + 0.0, 2**60 * 1.0, (2**60 + 1) * 1.0)
