# __missing__ on dict subclasses: only used by d[key], not get() or in.
class Default(dict):
    def __init__(self, factory, *args, **kw):
        super().__init__(*args, **kw)
        self.factory = factory

    def __missing__(self, key):
        print("  __missing__", key)
        value = self.factory()
        self[key] = value
        return value


d = Default(list)
d["a"].append(1)
d["a"].append(2)
d["b"].append(3)
print(dict(d), len(d))
print(d.get("zz"), "zz" in d, d.get("zz", "dflt"))
print(d.setdefault("c", "set"), sorted(d))


class Counter(dict):
    def __missing__(self, key):
        return 0


c = Counter()
for ch in "mississippi":
    c[ch] += 1
print(sorted(c.items()))
print(c["z"], "z" in c, len(c))


class KeyAsValue(dict):
    def __missing__(self, key):
        return f"<{key}>"


k = KeyAsValue(x=1)
print(k["x"], k["y"], "{x} {y}".format_map(k))


class Raising(dict):
    def __missing__(self, key):
        raise LookupError(f"no {key!r} here")


try:
    Raising()["q"]
except LookupError as e:
    print(type(e).__name__, e)


class NotADict:
    def __missing__(self, key):
        return "never"


try:
    NotADict()["x"]
except TypeError as e:
    print("TypeError:", e)


class Inst(dict):
    pass


i = Inst()
i.__missing__ = lambda key: "instance-level"
try:
    i["x"]
except KeyError as e:
    print("KeyError:", e)
