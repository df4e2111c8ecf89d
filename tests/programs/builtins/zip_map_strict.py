# zip strict mode, map over several iterables, filter(None), and lazy consumption.
print(list(zip("abc", range(3), [True, False, None])))
print(list(zip("abcd", range(2))), list(zip()), list(zip([])))
print(list(zip("ab", "cd", strict=True)))
for args in [("abc", "de"), ("ab", "cde"), ("a", "b", "cd")]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError:", e)

# unzip with star
pairs = [(1, "one"), (2, "two"), (3, "three")]
nums, names = zip(*pairs)
print(nums, names)
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)])

# map with several iterables stops at the shortest
print(list(map(pow, [2, 3, 4], [5, 2])))
print(list(map(lambda a, b, c: a + b + c, "xy", "12", "!?")))
print(list(map(str.upper, ["a", "b"])), list(map(len, ["", "ab", "abc"])))
try:
    list(map(len, [1]))
except TypeError as e:
    print("TypeError:", e)

# filter with None keeps truthy values
print(list(filter(None, [0, 1, "", "a", [], [0], None, False, 0.0, 2])))
print(list(filter(str.isdigit, "a1b2c3")))

# iterators are consumed once
it = zip([1, 2, 3], "abc")
print(next(it), list(it), list(it))
m = map(abs, [-1, -2, -3])
print(next(m), next(m), next(m, "exhausted"), next(m, "exhausted"))

# zip/map/filter types and their reprs are not printed, but type names are
print(type(zip()).__name__, type(map(abs, [])).__name__, type(filter(None, [])).__name__)

# dict from zip, enumerate zipped, sorted zipped
keys = ["b", "a", "c"]
vals = [2, 1, 3]
print(dict(zip(keys, vals)), sorted(zip(vals, keys), reverse=True))
print(list(enumerate(zip("xy", "XY"), 10)))

# non-iterable arguments
for bad in (lambda: zip(1), lambda: map(abs, None), lambda: filter(None, 3), lambda: zip("a", strict=1, extra=2)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
