print(bin(-10), oct(64), hex(-255), int("-0b101", 0), int("0o17", 0), int("z", 36), int("  7\n"))
print(format(255, "b"), format(255, "08o"), format(-255, "X"), format(1234567, "_d"), format(10**6, ","))
print((1024).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (-1).to_bytes(2, "big", signed=True))
print(str(10 ** 25), len(str(2 ** 1000)), 2 ** 100 % 97, (-7) // 2 ** 65, 3 ** 40 // 3 ** 38)
print(int(1e20), int(-2.9999), float(2 ** 53 + 1), 2 ** 53 + 1 == float(2 ** 53 + 1), float("1_0.5"))
print(True + True, True * 3, -True, int(True), bool(-0.0), bool(0j), 1 == 1.0 == True)
print(hash(1) == hash(1.0), 7 .__index__(), (5).real, (5).conjugate(), (6).numerator)
for bad in [lambda: int("12", 1), lambda: int("9", 8), lambda: (256).to_bytes(1, "big"), lambda: int(float("inf")), lambda: int(float("nan"))]:
    try:
        bad()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
