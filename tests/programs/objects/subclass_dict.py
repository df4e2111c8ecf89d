# dict subclasses: __missing__, overriding __setitem__ (not used by update/init), attribute access.
class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(f"no key {name!r}") from None

    def __setattr__(self, name, value):
        self[name] = value


a = AttrDict(x=1)
a.y = 2
print(a, a.x, a.y, a["y"], len(a), sorted(a.keys()))
try:
    a.zzz
except AttributeError as e:
    print("AttributeError:", e, e.__cause__, e.__suppress_context__)


class UpperKeys(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)


u = UpperKeys({"init": 1})
u["set"] = 2
u.update({"upd": 3})
u.setdefault("sd", 4)
print(sorted(u.items()))


class Histogram(dict):
    def __missing__(self, key):
        return 0

    def add(self, word):
        self[word] += 1
        return self

    def top(self, n):
        return sorted(self.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


h = Histogram()
for w in "the cat and the hat and the bat".split():
    h.add(w)
print(h.top(3), h["dog"], "dog" in h, len(h))
print(type(h.copy()).__name__, type(dict(h)).__name__, type(h | {"x": 1}).__name__)
print(isinstance(h, dict), h == dict(h), list(h)[:3])


class ReadOnly(dict):
    def __readonly(self, *a, **k):
        raise TypeError("read-only dict")

    __setitem__ = __delitem__ = __readonly
    update = clear = pop = __readonly


r = ReadOnly(a=1)
for op in (lambda: r.__setitem__("b", 2), lambda: r.update(b=2), lambda: r.pop("a")):
    try:
        op()
    except TypeError as e:
        print("TypeError:", e)
try:
    del r["a"]
except TypeError as e:
    print("TypeError:", e)
print(r, r.get("a"), dict.__len__(r))
