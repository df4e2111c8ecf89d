records = [("bob", 30, "nyc"), ("amy", 25, "sf"), ("cat", 30, "la"), ("dan", 25, "nyc"), ("eve", 35, "sf"), ("fay", 30, "sf")]
by_age = sorted(records, key=lambda r: r[1])
print([r[0] for r in by_age])
by_city_then_age = sorted(sorted(records, key=lambda r: r[1]), key=lambda r: r[2])
print([(r[2], r[1], r[0]) for r in by_city_then_age])
print([r[0] for r in sorted(records, key=lambda r: r[1], reverse=True)])
words = ["Banana", "apple", "cherry", "Apple", "banana", "APPLE"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w.lower()), reverse=True))
nums = [3, -1, 2, -3, 1, -2, 0]
print(sorted(nums, key=abs), sorted(nums, key=lambda n: n * n, reverse=True))
lst = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
lst.sort(key=lambda t: t[0])
print(lst)
print(sorted([2.5, 1, True, 0.5, False]), min([[3], [1, 2], [1]]), max("hello", key=ord))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([3, 1], key=lambda x: None)
except TypeError as e:
    print(type(e).__name__, e)
