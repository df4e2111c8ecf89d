# Unary minus/plus/invert and abs() across int, bool, float and complex, including boundaries.
vals = [0, 5, -5, 2**63 - 1, -2**63, 2**64, -2**64, 0.0, -0.0, 2.5, -2.5, float('inf'), -float('inf'), 3 + 4j, -0j, False]
for v in vals:
    print(repr(v), repr(-v), repr(+v), repr(abs(v)))
for v in [0, 7, -7, 2**63 - 1, -2**63, 2**100]:
    print(v, ~v, ~~v, -~v, ~-v)
x = float('nan')
print(-x, abs(x), +x, abs(-2**1000) == 2**1000)
for f in [lambda: ~1.5, lambda: ~1j, lambda: -'a', lambda: abs('a'), lambda: +[]]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
