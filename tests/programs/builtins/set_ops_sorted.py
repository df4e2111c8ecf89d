a = {"pear", "apple", "fig", "kiwi"}
b = {"fig", "plum", "apple"}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(a <= a | b, a < a, {1, 2} >= {1}, a.isdisjoint({"x"}), sorted(a.union(["z"], "q")))
c = set(range(5))
c -= {0, 1}
c |= {9}
c ^= {2, 10}
print(sorted(c), len(c), 3 in c, frozenset([1, 2]) == {1, 2}, sorted(frozenset("hello")))
c.discard(100)
try:
    c.remove(100)
except KeyError as e:
    print(type(e).__name__, e)
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
try:
    {[1, 2]}
except TypeError as e:
    print(type(e).__name__, e)
print(sorted({x % 3 for x in range(10)}), {1, 1.0, True}, sorted({(1, 2), (0, 5)}))
