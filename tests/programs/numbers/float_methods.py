# float methods: is_integer, as_integer_ratio, hex, fromhex, conjugate, real/imag, dunders.
for x in [0.0, -0.0, 1.0, 1.5, -2.75, 0.1, 1e300, 5e-324, 2.0**60, 123456.789]:
    print(repr(x), x.is_integer(), x.as_integer_ratio(), x.hex(), x.real, x.imag, x.conjugate())
    print(float.fromhex(x.hex()) == x)
print(float('inf').hex(), float('-inf').hex(), float('nan').hex(), float('inf').is_integer())
for s in ['0x1.8p1', '-0x10', '0x.8', '1p-2', ' 0x1.fffffffffffffp+1023 ', 'inf', '-Infinity', 'nan', '0x1p-1074', '0X1.0P+1']:
    print(s, float.fromhex(s))
for f in [lambda: float.fromhex('xyz'), lambda: float.fromhex('0x1p2000'), lambda: float('inf').as_integer_ratio(),
          lambda: float('nan').as_integer_ratio(), lambda: float.fromhex(5)]:
    try:
        print(f())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
y = 2.5
print(y.__trunc__(), y.__floor__(), y.__ceil__(), y.__int__(), y.__round__(), (3.5).__round__(), y.__round__(1))
print((-2.5).__floor__(), (-2.5).__ceil__(), y.__neg__(), y.__abs__(), y.__bool__(), (0.0).__bool__(), y.__float__())
print(float.__add__(1.5, 2), float.__radd__(1.5, 2), float.__eq__(1.0, 1), float.__add__(1.5, 'x'), float.__mul__(2.0, True))
print(float.__divmod__(7.5, 2), float.__rsub__(1.0, 3), float.__pow__(2.0, 0.5), float.__mod__(-7.0, 3))
