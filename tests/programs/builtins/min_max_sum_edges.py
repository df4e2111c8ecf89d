print(min(3, 1, 2), max([1, 5, 3]), min("bca"), max([], default="empty"), min([4], default=0))
print(max([(1, "b"), (1, "a")]), min(["aa", "b"], key=len), max(["aa", "bb"], key=len))
print(sum([0.1] * 10), sum([[1], [2]], []), sum(range(101)), sum([1, 2], 10), sum([], start=5))
print(any([]), all([]), any([0, "", None]), all([1, "x", [0]]))
print(abs(-5), abs(-2.5), pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(-2, 3), divmod(17, 5))
print(round(-2.675, 2), round(0.5), round(1.5), round(7, -1), round(15, -1), round(25, -1))
for bad in [lambda: min(), lambda: max(1), lambda: sum(["a", "b"], ""), lambda: min([], key=len), lambda: pow(2, -1, 0)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
