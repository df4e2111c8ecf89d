# Aliasing, shallow copies, and the list-multiplication pitfall.
a = [1, [2, 3], {"k": [4]}]
b = a
c = a[:]
d = list(a)
e = a.copy()
a.append(5)
a[1].append(99)
print(a)
print(b, c, d, e, sep="\n")
print(a is b, a is c, c[1] is a[1], e[2] is a[2])

# deep copy by hand (recursive)
def deep_copy(v):
    if isinstance(v, list):
        return [deep_copy(x) for x in v]
    if isinstance(v, dict):
        return {k: deep_copy(x) for k, x in v.items()}
    if isinstance(v, set):
        return {deep_copy(x) for x in v}
    return v

f = deep_copy(a)
a[2]["k"].append("changed")
print(f, a[2], f == a)

# the [[]] * n trap
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid)

# dict copies
orig = {"x": [1], "y": 2}
shallow = orig.copy()
shallow["x"].append(2)
shallow["y"] = 3
print(orig, shallow)
via_dict = dict(orig)
print(via_dict == orig, via_dict is orig)

# set copies and frozenset identity
s = {1, 2}
t = s.copy()
t.add(3)
print(sorted(s), sorted(t))
fs = frozenset([1, 2])
print(fs.copy() == fs, type(fs.copy()).__name__)

# tuples containing mutable values
tup = ([1], [2])
tup[0].append(10)
print(tup)
try:
    hash(tup)
except TypeError as e:
    print("TypeError:", e)

# function default sharing through alias
shared = []
views = [shared, shared]
views[0].append("one")
print(views)

# slices of tuples and strings of full range return the same object? only the value matters
text = "immutable"
print(text[:] == text, tuple(range(3))[:] == (0, 1, 2))

# list() of a dict, of dict views, of a string
dd = {"b": 1, "a": 2}
print(list(dd), list(dd.values()), list(dd.items()), list("ab"))

# identity vs equality with is on small values
x = [1, 2]
y = [1, 2]
print(x == y, x is y, x is not y, [x] == [y])
z = x
z += [3]
print(x, z is x)
z = z + [4]
print(x, z, z is x)

# copying nested via comprehension vs copy()
matrix = [[1, 2], [3, 4]]
rows_copy = [row[:] for row in matrix]
rows_copy[0][0] = 100
shallow_m = matrix.copy()
shallow_m[1][1] = 400
print(matrix, rows_copy, shallow_m)

# in-place list ops visible through aliases
alias = rows_copy
rows_copy.sort(reverse=True)
rows_copy.reverse()
rows_copy *= 2
print(alias)
rows_copy.clear()
print(alias, len(alias))
