d = {}
for k in "zebra":
    d[k] = d.get(k, 0) + 1
print(d, list(d), list(d.values()))
d["z"] = 100
del d["e"]
d["e"] = 5
print(d, d.popitem(), d.popitem(), d)
d.update({"a": 0, "new": 1})
print(list(d.items()))
e = {3: "c", 1: "a", 2: "b"}
print(e, list(e.__reversed__()), {k: v for k, v in e.items() if k > 1})
merged = {**e, 1: "A", 4: "d"}
print(merged, merged == {1: "A", 2: "b", 3: "c", 4: "d"})
m = {}
for i in range(20):
    m[i % 7] = i
print(m)
for i in range(5):
    del m[i]
    m[i] = -i
print(m, len(m))
print({1: 1, True: 2, 1.0: 3}, {(1, 2): 0, (1, 2.0): 1})
