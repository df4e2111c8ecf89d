f = frozenset([4, 2, 9])
g = frozenset(range(3))
print(f, g, frozenset(), frozenset(f) is f, f.copy() is f)
print(f | g, f & g, f - g, f ^ g, g | {7}, {7} | g)
print(type(f | {1}).__name__, type({1} | f).__name__, type(f.union([1])).__name__)
print({f: 1}[frozenset([9, 4, 2])], {frozenset(): 2}[frozenset([])])
print(f == {2, 4, 9}, {2, 4, 9} == f, f != g, f <= {2, 4, 9, 10}, f > frozenset([2]))
d = {f: "f", g: "g"}
print(d[frozenset({9, 2, 4})], d[frozenset([0, 1, 2])])
nested = frozenset([frozenset([1, 2]), frozenset([3])])
print(len(nested), frozenset([1, 2]) in nested)
try:
    f.add(1)
except AttributeError as e:
    print(type(e).__name__, e)
print(f.issubset(range(20)), f.isdisjoint(g), g.intersection([1, 2], [2]))
