# int(str) refuses more than 4300 digits in non-power-of-two bases (CPython's default limit).
print(int('9' * 4300) % 1000, int('1' * 5000, 16) % 1000, int('1' * 5000, 2) % 1000, int('1_' * 4299 + '1') % 7)
for text, base in [('1' * 4301, 10), ('7' * 5000, 36), ('-' + '2' * 4400, 0), ('1_' * 4400 + '1', 10)]:
    try:
        print(int(text, base))
    except ValueError as e:
        print(type(e).__name__, e)
