d = {5: "a", 1: "b", 9: "c", 17: "d"}
print({*d}, {*d.values()} == {"a", "b", "c", "d"}, {*range(3), *[7, 3]}, {*"aa"}, {*(), 4})
s = set(d)
t = set(d.keys())
print(list(s), list(t), list(set(d.items()))[0] in d.items(), list(frozenset(d)))
u = set()
u.update(d, [33, 1], range(40, 43))
print(u, len(u))
v = {x for x in [17, 9, 1, 5]}
w = set([17, 9, 1, 5])
print(v, w, v == w, list(v) == list(w))
k = d.keys()
print(k | [2], k & [9, 17, 100], k - [5], k ^ [1, 2], [9] & k, (1, 2) | k)
print(d.items() | {(0, "z")} == {(5, "a"), (1, "b"), (9, "c"), (17, "d"), (0, "z")}, d.items() - {(5, "a")} == {(1, "b"), (9, "c"), (17, "d")})
try:
    d.values() | {1}
except TypeError as e:
    print(type(e).__name__, e)
