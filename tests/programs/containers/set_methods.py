s = {3, 1, 2}
s.add(10)
s.add(1)
print(s, len(s), 3 in s, 4 in s)
s.discard(10)
s.discard(99)
s.remove(3)
print(s)
t = s.copy()
t.add(7)
print(s, t, s == t, s <= t, s < t, t >= s, t > s, s < s, s <= s)
print(s.union([5, 6], (7,)), s.intersection({1, 9}), s.difference([1]), s.symmetric_difference({2, 4}))
print(s.issubset([1, 2, 3]), s.issuperset([1]), s.isdisjoint({8, 9}), s.isdisjoint([2]))
u = set(range(10))
u.intersection_update(range(0, 10, 2), {0, 2, 4, 8, 11})
print(u)
u.difference_update([0], {8})
print(u)
u.symmetric_difference_update({4, 5})
print(u)
u.update([1, 3], {20, 30}, range(40, 43))
print(u)
print({1, 2} | {3}, {1, 2} & {2, 3}, {1, 2} - {2}, {1, 2} ^ {2, 3})
v = {1, 2, 3}
v |= {4}
v &= {1, 2, 4}
v -= {1}
v ^= {9, 2}
print(v)
popped = []
w = {5, 6, 7}
while w:
    popped.append(w.pop())
print(popped, w)
w.add(1)
w.clear()
print(w, set(), set([]), set("aaa"), set({1: 2}))
for bad in [lambda: set().pop(), lambda: {1}.remove(2), lambda: {[1]}, lambda: {1} | [2],
            lambda: {1} < [1], lambda: set(1), lambda: {1}.add([]), lambda: {1} - 3, lambda: set(1, 2)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print({frozenset({1})} == {frozenset([1])}, frozenset([1]) in {frozenset({1}): 0}, {1} in {frozenset({1})})
n = {1, 2, 3}
try:
    for x in n:
        n.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
print({x % 5 for x in range(20)}, {(1, 2), (1, 2)}, {True, 1, 1.0})
