# float(x): numbers, strings with whitespace/underscores/inf/nan, bytes, errors.
print(float(), float(3), float(True), float(-2**70), float(2.5))
print(float('1.5'), float('  -2.25  '), float('1_000.5'), float('1e3'), float('1E-3'), float('.5'), float('5.'), float('+1_0e1_0'))
print(float('inf'), float('-inf'), float('Infinity'), float('-iNfInItY'), float('nan'), float('-nan'), float('NaN'))
print(float('٣.٥'), float(b'2.5'), float('0.1'), float('1e400'), float('1e-400'), float('-0'))
for s in ['', 'abc', '1.2.3', '1_', '_1', '1__0', 'e5', '1e', 'infx', '0x10', '1,5', '- 1']:
    try:
        print(float(s))
    except ValueError as e:
        print(type(e).__name__, e)
for v in [None, [1.0], 2**1100]:
    try:
        print(float(v))
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
