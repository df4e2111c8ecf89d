xs = [3, 1, 2]
xs.append(5)
xs.extend((7, 8))
xs.extend(range(2))
print(xs)
xs.insert(0, 100)
xs.insert(-1, 50)
xs.insert(99, 99)
xs.insert(-99, -99)
print(xs)
print(xs.pop(), xs.pop(0), xs.pop(-2), xs)
xs.remove(7)
print(xs, xs.index(2), xs.index(1, 2), xs.count(1), [1, 1, 2, 1].count(1))
print(xs.index(2, -5, -1) if 2 in xs[-5:-1] else "absent")
ys = xs.copy()
ys.reverse()
print(ys, xs)
ys.clear()
print(ys, len(xs))
for bad in [lambda: xs.index(42), lambda: xs.remove(42), lambda: [].pop(), lambda: [1].pop(3),
            lambda: xs.insert(1), lambda: xs.index(), lambda: xs.pop("a"), lambda: [1, 2].index(1, "x")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
a = [1, 2]
a += (3, 4)
a *= 2
print(a, a * 0, [0] * 3, 2 * [9], [1] + [2])
try:
    [1] + (2,)
except TypeError as e:
    print(e)
print([1, 2] < [1, 3], [1, 2] == [1, 2], [2] > [1, 9], [] < [0], [1, [2]] == [1, [2]])
r = [1, 2]
r.append(r)
print(r)
print(list("abc"), list(range(3)), list((1, 2)), list({1: 2, 3: 4}), list())
