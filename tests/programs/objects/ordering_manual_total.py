# Full manual ordering: defining all six comparisons consistently and sorting/min/max/bisect-like use.
class Version:
    def __init__(self, text):
        self.text = text
        self.key = tuple([int(p) for p in text.split(".")])

    def _cmp(self, o):
        if not isinstance(o, Version):
            return NotImplemented
        return (self.key > o.key) - (self.key < o.key)

    def __eq__(self, o):
        c = self._cmp(o)
        return c if c is NotImplemented else c == 0

    def __lt__(self, o):
        c = self._cmp(o)
        return c if c is NotImplemented else c < 0

    def __le__(self, o):
        c = self._cmp(o)
        return c if c is NotImplemented else c <= 0

    def __gt__(self, o):
        c = self._cmp(o)
        return c if c is NotImplemented else c > 0

    def __ge__(self, o):
        c = self._cmp(o)
        return c if c is NotImplemented else c >= 0

    def __hash__(self):
        return hash(self.key)

    def __repr__(self):
        return self.text


vs = [Version(s) for s in ["1.10", "1.2", "1.2.0", "0.9", "2", "1.2"]]
print(sorted(vs), min(vs), max(vs))
print(sorted(vs, reverse=True))
a, b = Version("1.2"), Version("1.10")
print([a < b, a <= b, a > b, a >= b, a == b, a != b])
print([b < a, b <= a, b > a, b >= a, b == a, b != a])
print(Version("1.2") == Version("1.2"), Version("1.2") != Version("1.2"))
print(len(set(vs)), sorted(set(vs)))
print(Version("1.0") == "1.0", Version("1.0") != "1.0")
try:
    Version("1") < "2"
except TypeError as e:
    print("TypeError:", e)


def insort(lst, item):
    lo, hi = 0, len(lst)
    while lo < hi:
        mid = (lo + hi) // 2
        if item < lst[mid]:
            hi = mid
        else:
            lo = mid + 1
    lst.insert(lo, item)


ordered = []
for v in vs:
    insort(ordered, v)
print(ordered)
print([v for v in vs if Version("1.0") <= v < Version("2")])
