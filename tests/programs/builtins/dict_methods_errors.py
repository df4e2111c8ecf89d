d = {"a": 1, "b": 2}
print(d.get("z"), d.get("z", 0), d.setdefault("c", 3), d, d.pop("z", "dflt"))
print(sorted(d.keys() & {"a", "z"}), sorted(d.keys() - {"a"}), ("b", 2) in d.items())
print(dict(zip("xy", [1, 2])), dict([("k", "v")], extra=1), dict(a=1) == {"a": 1})
c = d.copy()
c["a"] = 100
print(d["a"], c["a"], len(c), c.clear(), c)
print({k: v for k, v in sorted(d.items(), key=lambda kv: -kv[1])})
for bad in [lambda: d["missing"], lambda: dict([1, 2]), lambda: dict([("a", 1, 2)]), lambda: {}.popitem(), lambda: d.update(5)]:
    try:
        bad()
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
nested = {"x": {"y": {"z": 1}}}
nested["x"]["y"]["w"] = 2
print(nested, nested["x"]["y"].get("q", {}).get("r"))
