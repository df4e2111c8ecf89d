r = range(2, 20, 3)
print(r, len(r), r[0], r[-1], r[1:4], r[::-1], r[::2], range(10)[2:5], range(5)[::-1], range(0), range(-5))
print(5 in r, 6 in r, 20 in r, 2.0 in r, r.index(11), r.count(8), r.count(9), list(r), list(r.__reversed__()))
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 5), range(3) != range(4), range(1, 2) == range(1, 3, 5))
print(list(range(10, 0, -3)), list(range(0, -10, -4)), len(range(0, 100, 7)), bool(range(0)), bool(range(1)))
print(r.start, r.stop, r.step, range(4).step)
for bad in [lambda: r.index(3), lambda: range(0, 5, 0), lambda: range(1.5), lambda: range(), lambda: r[10], lambda: range(1, 2, 3, 4)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(3), slice(None), slice(1, None, -1))
print(s.indices(5), slice(None, None, -1).indices(10), slice(-3, None).indices(10), slice(-100, 100).indices(7))
print([0, 1, 2, 3, 4, 5, 6][s], "abcdefgh"[slice(2, 6)], (1, 2, 3)[slice(None, None, -1)])
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
