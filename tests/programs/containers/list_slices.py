xs = list(range(10))
print(xs[2:5], xs[::2], xs[::-1], xs[-3:], xs[:-7], xs[8:2:-2], xs[100:], xs[-100:2])
ys = xs[:]
ys[2:5] = ["a", "b"]
print(ys)
ys[1:1] = [9, 9, 9]
print(ys)
ys[::2] = [0] * len(ys[::2])
print(ys)
del ys[::3]
print(ys)
del ys[1:3]
print(ys)
del ys[-1]
print(ys)
zs = list(range(8))
del zs[::-2]
print(zs)
zs[len(zs):] = [100, 200]
print(zs)
zs[:] = zs
print(zs)
for bad in ["zs[::2] = [1]", "zs[1:2] = 5", "zs[::2] = 5", "zs[20] = 1", "del zs[20]", "zs['a']", "zs[1.5]", "zs[::0]"]:
    try:
        exec(bad)
    except Exception as e:
        print(type(e).__name__, e)
t = (1, 2, 3, 4, 5)
print(t[1:3], t[::-1], t[-2], t[:0])
s = slice(1, 8, 3)
print(xs[s], s, s.start, s.stop, s.step, slice(5), slice(None, None, -1).indices(4), s.indices(5))
