t = (3, 1, 4, 1, 5, 9, 2, 6)
print(t.index(1), t.index(1, 2), t.index(9, -3), t.count(1), t.count(7), len(t), 4 in t, 7 not in t)
print(t[2:5], t[::-1], t + (0,), t * 2, (1,) * 0, (), (1,), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)))
print((1, 2) < (1, 3), (1, 2) == (1, 2), (2,) > (1, 9), () < (0,), (1, (2, 3)) == (1, (2, 3)), (1, 2) <= (1, 2))
print({(1, 2): "a", (1, 2, 3): "b"}[(1, 2)], tuple(t) is t)
a, *rest = t
print(a, rest)
for bad in [lambda: t.index(42), lambda: t[20], lambda: t + [1], lambda: (1, "a") < (1, 2), lambda: t.count(), lambda: {([1], 2): 3}]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
nested = ((1, 2), (0, 5), (1, 0))
lst = list(nested)
lst.sort()
print(lst, max(nested), min(nested))
