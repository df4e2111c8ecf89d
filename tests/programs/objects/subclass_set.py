# set and frozenset subclasses: operator results are the base type; custom methods.
class Tags(set):
    def __init__(self, items=()):
        super().__init__([t.lower() for t in items])

    def add(self, t):
        super().add(t.lower())

    def __repr__(self):
        return "Tags(" + ", ".join(sorted(self)) + ")"


t = Tags(["Py", "JAVA"])
t.add("Rust")
print(t, len(t), "py" in t, "Py" in t)
u = t | {"go"}
print(type(u).__name__, sorted(u))
print(type(t & {"py"}).__name__, type(t - {"py"}).__name__, type(t.copy()).__name__)
print(sorted(t.union(["C"])), t.issuperset({"java"}))
t |= {"ZIG"}
print(t, type(t).__name__)


class FrozenPair(frozenset):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    def other(self, x):
        (rest,) = self - {x}
        return rest


edge = FrozenPair(1, 2)
print(sorted(edge), edge.other(1), edge == frozenset({1, 2}), hash(edge) == hash(frozenset({1, 2})))
print({edge: "e"}[frozenset({2, 1})], type(edge | {3}).__name__)


class CountingSet(set):
    adds = 0

    def add(self, x):
        CountingSet.adds += 1
        super().add(x)


cs = CountingSet([1, 2])
cs.add(3)
cs.update([4, 5])
print(sorted(cs), CountingSet.adds)
print(sorted([x * 2 for x in cs]), max(cs), sum(cs))
