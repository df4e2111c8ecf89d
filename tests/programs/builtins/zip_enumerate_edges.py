print(list(zip("abc", range(10))), list(zip()), list(zip([1, 2])))
print(list(enumerate("xyz", start=-1)), dict(enumerate("ab", 1)))
pairs = [(1, "a"), (2, "b"), (3, "c")]
nums, letters = zip(*pairs)
print(nums, letters)
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1], [2, 3], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
it = iter(range(6))
print(list(zip(it, it)))
print(list(map(pow, [2, 3], [3, 2, 1])), list(map(lambda *a: sum(a), [1, 2], [10, 20], [100, 200])))
print(list(filter(None, [0, 1, "", "a", [], [0], None])), list(reversed(range(1, 8, 3))))
e = enumerate(["p", "q"])
print(next(e), list(e), list(e))
