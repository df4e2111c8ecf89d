# TypeError messages when numbers meet unsupported operand types.
pairs = [(1, 'a'), (1.5, 'a'), (1.5, None), (1j, []), (None, 2), ([], 2.5), (True, 'x'), ((1,), 1j)]
ops = [lambda a, b: a + b, lambda a, b: a - b, lambda a, b: a / b, lambda a, b: a // b, lambda a, b: a % b,
       lambda a, b: a ** b, lambda a, b: a << b, lambda a, b: a & b, lambda a, b: a < b, lambda a, b: divmod(a, b), lambda a, b: a @ b]
for a, b in pairs:
    for op in ops:
        try:
            print(repr(op(a, b)))
        except TypeError as e:
            print(type(e).__name__, e)
print(1 == 'a', 1.5 != None, 1j == (1,), [] == 0)
