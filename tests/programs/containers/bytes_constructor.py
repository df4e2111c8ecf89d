print(bytes(), bytes(0), bytes(4), bytes([0, 127, 128, 255]), bytes((65, 66)), bytes(range(97, 100)), bytes(b"ab"), bytes(bytearray(b"cd")))
print(bytes("snake", "ascii"), bytes("\u00fc", "latin-1"), bytes("\u00fc", "utf-8"), bytes(source="x", encoding="utf8"), bytes([True, False]))
print(bytearray(b"x") == bytes(bytearray(b"x")), bytes(bytes(2)), len(bytes(1000)), bytes(3)[1:])
for bad in [lambda: bytes("x"), lambda: bytes(5, "ascii"), lambda: bytes([300]), lambda: bytes([-1]), lambda: bytes(["a"]),
            lambda: bytes(None), lambda: bytes("\u00fc", "zz"), lambda: bytes(-3), lambda: bytearray(2.0), lambda: bytes([1], [2], [3], [4])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
