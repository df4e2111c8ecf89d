# int(x) and int(x, base): strings with signs, whitespace, underscores, prefixes; floats; bytes; errors.
print(int(), int(7), int(True), int(-3.99), int(3.99), int(1e20), int(-1.5e300) < 0)
print(int('42'), int('  -17  '), int('+8'), int('1_000_000'), int('\t12\n'))
print(int('ff', 16), int('FF', 16), int('0xff', 16), int('0x_ff', 16), int('z', 36), int('777', 8))
print(int('0b1010', 0), int('0o17', 0), int('0X1F', 0), int('0', 0), int('00', 0), int('0_0', 0), int('-0x10', 0))
print(int('101', base=2), int('١٢٣'), int(b'  99 '), int(b'ff', 16))
print(int('9' * 30), int('-' + '1' * 25, 2))
bad = [('', 10), ('1_', 10), ('_1', 10), ('1__0', 10), ('012', 0), ('0x', 16), ('12a', 10), ('2', 2), ('0b2', 0), ('- 1', 10), ('1.5', 10)]
for text, base in bad:
    try:
        print(int(text, base))
    except ValueError as e:
        print(type(e).__name__, e)
for f in [lambda: int('1', 1), lambda: int('1', 37), lambda: int(5, 10), lambda: int(None), lambda: int([1]),
          lambda: int(float('nan')), lambda: int(float('inf')), lambda: int(b'x')]:
    try:
        print(f())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
