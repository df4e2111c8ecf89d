table = {("x", 1): [1, 2], ("y", 2): [3]}
table[("x", 1)].append(9)
print(table, ("x", 1) in table, ["x", 1] == list(("x", 1)))
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]:
    groups.setdefault(word[0], []).append(word)
print(groups, {k: len(v) for k, v in groups.items()})
matrix = [[i * j for j in range(4)] for i in range(3)]
print(matrix, [row[1:3] for row in matrix], [col for col in matrix[2][::-1]])
frozen = {frozenset({1, 2}): "a", frozenset({3}): "b"}
print(frozen[frozenset([2, 1])], {frozenset(): 0}[frozenset()])
deep = {"a": {"b": {"c": [1, {"d": (2, 3)}]}}}
print(deep["a"]["b"]["c"][1]["d"][1], deep == {"a": {"b": {"c": [1, {"d": (2, 3)}]}}})
deep["a"]["b"]["c"][1]["d"] = (4,)
print(deep)
t = ([1], [2])
t[0].append(5)
print(t, t == ([1, 5], [2]), t < ([1, 6],))
try:
    t[0] += [6]
except TypeError as e:
    print(type(e).__name__, e, t)
s = {(1, 2), (2, 1), (1, 2)}
print(len(s), (2, 1) in s, [list(p) for p in [(1, 2)]])
try:
    {[1, 2]: 3}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {(1, [2]): 3}
except TypeError as e:
    print(type(e).__name__, e)
