print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}), dict({"k": "v"}, k="w", z=0))
print(dict([[1, 2], (3, 4), "ab"]), dict([(i, i * i) for i in range(4)]))
print(dict(dict(a=1).items()), dict([]), dict(()), dict({}), {**{"a": 1}, "b": 2, **{"a": 3}})
src = {"one": 1, "two": 2}
copy = dict(src)
copy["three"] = 3
print(src, copy, copy is src, dict(src) == src)
for bad in [lambda: dict(1), lambda: dict([1, 2]), lambda: dict(["abc"]), lambda: dict([(1,)]), lambda: dict({}, {}),
            lambda: dict([(1, 2), (3, 4, 5)]), lambda: dict([[[], 1]])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
keys = ["b", "a", "c", "a"]
print(dict.fromkeys(keys), dict.fromkeys(keys, 0), dict.fromkeys(range(3), "x"), dict.fromkeys(""))
shared = dict.fromkeys("ab", [])
shared["a"].append(1)
print(shared)
