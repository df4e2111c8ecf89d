d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0))
print(d.setdefault("c", 3), d.setdefault("a", 100), d.setdefault("n"), d)
print(d.pop("n"), d.pop("zz", "dflt"), d)
print(d.popitem(), d)
d.update({"x": 10}, y=20)
d.update([("p", 1), ["q", 2]])
d.update(z=26)
print(d)
e = d.copy()
e["a"] = -1
print(d["a"], e["a"], e == d, e != d, d == d.copy())
e.clear()
print(e, len(e), bool(e))
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), {}.fromkeys((3,), []))
print(dict(), dict(a=1), dict([(1, 2)]), dict({1: 2}, k=3), dict([("k", "v")]))
print({1: "a"} | {2: "b", 1: "c"})
f = {1: 1}
f |= {2: 2}
f |= [(3, 3)]
print(f, list(f.__reversed__()))
print(1 in f, 5 in f, 5 not in f, len(f))
del f[1]
print(f)
for bad in [lambda: d["missing"], lambda: {}.popitem(), lambda: d.pop("missing"), lambda: dict([1]),
            lambda: dict([[1, 2, 3]]), lambda: dict(1, 2), lambda: {}.fromkeys(), lambda: {[1]: 2},
            lambda: d.update(1), lambda: {1: 2} | [(3, 4)], lambda: dict(5)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
try:
    del f["nope"]
except KeyError as e:
    print("KeyError", e, repr(e), e.args)
g = {1.0: "float", True: "bool"}
g[1] = "int"
print(g, {(1, 2): "t"}[(1, 2)])
h = {}
h["self"] = h
print(h)
