# int / int is correctly rounded even for big operands; overflow and tiny results.
pairs = [(1, 3), (2, 3), (10**30, 3), (2**53 + 1, 1), (2**54 + 3, 2), (10**400, 10**399), (1, 10**300), (10**20 + 1, 10**20),
         (-(2**64) - 1, 3), (3**200, 7**100), (1, 3**700), (2**1023 * 3, 2), (12345678901234567890123, 98765432109876543210)]
for a, b in pairs:
    print(a / b, -a / b, a / -b)
print(7 / 2, -7 / 2, 1 / 7, 2**63 / 2**62, 9007199254740993 / 1)
for a, b in [(10**400, 1), (2**1024, 1), (10**400, 3)]:
    try:
        print(a / b)
    except OverflowError as e:
        print(type(e).__name__, e)
