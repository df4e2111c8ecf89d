d = {k: i for i, k in enumerate("abcdef")}
del d["b"]
d["b"] = 99
d.pop("d")
d["z"] = 0
print(list(d), list(d.values()))
d["a"] = -1
print(list(d.items())[:2])
print(d.popitem(), list(d))
e = dict.fromkeys("cab", 0)
e.update([("x", 1)], c=5)
print(e, list(reversed(e)))
f = {1: "one", True: "true", 1.0: "float"}
print(f)
g = {}
for w in "the quick the lazy the end quick".split():
    g.setdefault(w, []).append(len(g))
print(g)
m = {"a": 1} | {"b": 2, "a": 3}
print(m, {"b": 0, "a": 0} == {"a": 0, "b": 0})
try:
    for k in d:
        d[k + "!"] = 1
except RuntimeError as e:
    print(type(e).__name__, e)
