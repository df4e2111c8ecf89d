# abs, divmod, pow, round, sum, min/max and bool on mixed numeric types.
nums = [7, -7, 7.5, -7.5, True, 0, -0.0, 3 + 4j, 10 ** 20]
print([abs(n) for n in nums])
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (7.5, 2), (-7.5, 2), (7, 0.5), (10 ** 20, 7), (True, 2)]:
    print(a, b, divmod(a, b), a // b, a % b)
for bad in [(1, 0), (1.0, 0), (1, 0.0), (1j, 1), ("7", 2)]:
    try:
        divmod(*bad)
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__ + ":", e)

print(pow(2, 10), pow(2, -1), pow(2.0, 0.5), pow(-8, 1 / 3), pow(0, 0), pow(0.0, 0), pow(2, 100, 1000), pow(-3, 3, 7), pow(3, -2, 7))
for bad in [(0, -1), (2, 3, 0), (2.0, 3, 5), (2, -1, 4)]:
    try:
        print(pow(*bad))
    except (ZeroDivisionError, TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(15, -1), round(25, -1), round(-15, -1), round(7, 3), round(1e20), round(0.5 + 1e-16))
print(sum([1, 2, 3]), sum([0.1] * 10), sum([1, 2.5, 3j]), sum([[1], [2]], []), sum(range(101)), sum([], 10), sum([True, True, 5]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
print(min(3, 1.5, 2), max(3, 1.5, 2), max([True, 1, 1.0]), min([1, True]), max(-0.0, 0), min(0, -0.0))
print(max([3, 1, 2], key=lambda x: -x), min("bca"), max("abc", "abd"), min([[2], [1, 5]]), max((1, "z"), (1, "a")))
print([bool(v) for v in (0, 0.0, -0.0, 0j, 1e-300, "", " ", [], [0], {}, None, range(0), range(1))])
print(int(True) + float(False), True + True, True * 3.5, -True, 7 // True, complex(True), float(True))
print(hex(255), oct(-8), bin(5), int(3.99), int(-3.99), float("  -12.5e1 "), complex("1+2j"), int("+7"), float("-inf"))
