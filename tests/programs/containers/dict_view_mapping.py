# dict views' .mapping: a read-only mappingproxy of the underlying dict


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


d = {"a": 1, "b": 2, 3: [4]}
ks, vs, its = d.keys(), d.values(), d.items()
for v in (ks, vs, its):
    m = v.mapping
    print(type(m).__name__, m, repr(m), len(m))

m = ks.mapping
show("getitem", lambda: m["a"])
show("getitem int", lambda: m[3])
show("getitem missing", lambda: m["zz"])
show("get", lambda: m.get("b"))
show("get missing", lambda: m.get("zz"))
show("get default", lambda: m.get("zz", 0))
show("get no args", lambda: m.get())
show("get three", lambda: m.get(1, 2, 3))
show("keys", lambda: m.keys())
show("values", lambda: m.values())
show("items", lambda: m.items())
show("copy", lambda: m.copy())
show("copy is dict", lambda: type(m.copy()).__name__)
show("in", lambda: ("a" in m, "z" in m, 3 in m))
show("not in", lambda: "z" not in m)
show("iter", lambda: list(m))
show("reversed", lambda: list(reversed(m)))
show("sorted items", lambda: sorted(m.items(), key=repr))
show("eq dict", lambda: m == {"a": 1, "b": 2, 3: [4]})
show("eq other dict", lambda: m == {"a": 1})
show("dict eq", lambda: {"a": 1, "b": 2, 3: [4]} == m)
show("ne dict", lambda: m != {"a": 1})
show("eq proxy", lambda: m == vs.mapping)
show("eq list", lambda: m == [1])
show("or", lambda: m | {"c": 5})
show("ror", lambda: {"c": 5, "a": 0} | m)
show("bool", lambda: (bool(m), bool({}.keys().mapping)))
show("len empty", lambda: len({}.items().mapping))
show("str", lambda: str(m))
show("hash", lambda: hash(m))


def setitem():
    m["a"] = 10


def delitem():
    del m["a"]


show("setitem", setitem)
show("delitem", delitem)
show("setdefault", lambda: m.setdefault("q", 1))
show("attr", lambda: m.foo)

# the proxy is live: changes to the dict show through
d["new"] = "value"
del d["b"]
print(m, len(m), "new" in m, m.get("b"))
print(ks.mapping == m, ks.mapping is m)

MP = type(m)
print(MP.__name__)
show("construct", lambda: MP({1: 2}))
show("construct kw", lambda: MP(mapping={1: 2}))
show("construct empty", lambda: MP())
show("construct int", lambda: MP(1))
show("construct list", lambda: MP([1]))
show("construct tuple", lambda: MP((1, 2)))

nested = {"x": {"y": 1}}
show("nested", lambda: nested.values().mapping["x"]["y"])
show("nested repr", lambda: nested.items().mapping)
