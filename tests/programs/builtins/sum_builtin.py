# sum(): ints, floats (with CPython's compensated summation), start=, other types, errors
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

print(sum([]), sum([1, 2, 3]), sum(range(101)), sum([True, True, False]))
print(sum([0.1] * 10), sum([0.1, 0.2, 0.3]), sum([1, 0.1, 0.2, 0.3]), sum([1e100, 1.0, -1e100]))
print(sum([2**62, 2**62, 2**62]), sum([-2**63, -1]), sum([2**70, 1.5]))
print(sum([1, 2], 10), sum([1, 2], start=10), sum([0.5, 0.25], 1), sum([], 5.5))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([1j, 2]), sum([1.5, 2j]))
print(sum([float("inf"), 1.0]), sum([float("inf"), -float("inf")]))
print(sum([1.0, 2**70]), sum([0.1, 0.2, True]), sum([], True), sum([3], True))
print(sum(map(lambda x: x / 10, range(10))), sum([x * 0.1 for x in range(1, 11)]))
show(lambda: sum())
show(lambda: sum(1, 2, 3))
show(lambda: sum([], ""))
show(lambda: sum(["a"], start=""))
show(lambda: sum([1], "b"))
show(lambda: sum([], b""))
show(lambda: sum([1], foo=2))
show(lambda: sum(5))
show(lambda: sum([1, "a"]))
show(lambda: sum(["a", "b"]))
show(lambda: sum([1.5, "a"]))
show(lambda: sum([1], 2, start=3))
