def sorted(xs):
    r = list(xs)
    r.sort()
    return r


d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
print(len(k), len(v), len(it), "a" in k, 2 in v, ("b", 2) in it, ("b", 3) in it, "zz" in k)
d["d"] = 4
print(list(k), list(v), list(it))
print(list(k.__reversed__()), list(v.__reversed__()), list(it.__reversed__()))
print(sorted(k & {"a", "zz"}), sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}))
print(sorted({"a", "x"} & k), sorted(["a", "y"] | k), sorted({"a"} - k) == [], sorted(it & {("a", 1)}))
print(k == {"a", "b", "c", "d"}, k == {"a"}, k <= {"a", "b", "c", "d", "e"}, k < {"a"}, k >= {"a"}, k > k)
print(k.isdisjoint({"q"}), k.isdisjoint(["a"]), it.isdisjoint([("a", 1)]))
print(d.keys() == d.keys(), d.items() == {("a", 1), ("b", 2), ("c", 3), ("d", 4)})
e = {}
print(e.keys(), e.values(), e.items(), bool(e.keys()))
n = {1: "x", 2: "y"}
for key, val in n.items():
    print(key, val)
try:
    for key in n:
        n[key + 10] = 0
except RuntimeError as err:
    print(type(err).__name__, err)
try:
    for key in n.values():
        del n[1]
except RuntimeError as err:
    print(type(err).__name__, err)
for key in n:
    n[key] = "changed"
print(n)
m = {i: i * i for i in range(6)}
print(sorted(m.items(), key=lambda p: -p[1])[:3], sum(m.values()), max(m.keys()))
