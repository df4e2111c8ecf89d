values = [[], [0], (), (None,), {}, {0: 0}, set(), {0}, frozenset(), b"", b"\x00", bytearray(), bytearray(1),
          range(0), range(1), {}.keys(), {1: 2}.values(), {1: 2}.items()]
for v in values:
    print(type(v).__name__, len(v), bool(v), "yes" if v else "no")
print(len(range(-10, 10, 3)), len(range(10, -10, -3)), len(range(5, 5)), len({1: 2, 3: 4}.items()))
for bad in [lambda: len(5), lambda: len(None), lambda: len(3.5)]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
