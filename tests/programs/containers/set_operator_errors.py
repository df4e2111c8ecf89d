s = {1, 2, 3}
for bad in [lambda: s | [4], lambda: s & (1,), lambda: s - "1", lambda: s ^ None, lambda: s < [1], lambda: s <= frozenset([1]) and s > 3]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
t = set(s)
try:
    t |= [5]
except TypeError as e:
    print(type(e).__name__, e)
print(s.union([4]), s.intersection("123"), s.difference((1,)), s.symmetric_difference(range(2, 5)))
print(s == {1, 2, 3}, s == [1, 2, 3], s != frozenset({1, 2, 3}), {1, 2} < s, s <= s, s < s, s >= {3}, {4} > set())
print(set() == frozenset(), {1.0, 2} == {1, 2.0}, {(1, 2)} <= {(1, 2), (3,)})
for bad in [lambda: {{1}}, lambda: {1}.add({2}), lambda: {1}.remove([1]), lambda: set([[1]]), lambda: frozenset([{}])]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
u = {1, 2}
u.discard({1})
print(u, {1} in [{1}], frozenset({1}) in [{1}])
