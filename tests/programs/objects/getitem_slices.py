# __getitem__/__setitem__/__delitem__ receiving ints, slices and tuples.
class Recorder:
    def __init__(self):
        self.data = list(range(10))

    def __getitem__(self, key):
        if isinstance(key, slice):
            print("  slice", key.start, key.stop, key.step)
            return self.data[key]
        if isinstance(key, tuple):
            print("  tuple", key)
            return [self.data[k] for k in key]
        print("  index", key)
        return self.data[key]

    def __setitem__(self, key, value):
        print("  set", key if not isinstance(key, slice) else (key.start, key.stop, key.step), value)
        self.data[key] = value

    def __delitem__(self, key):
        print("  del", key if not isinstance(key, slice) else (key.start, key.stop, key.step))
        del self.data[key]


r = Recorder()
print(r[3], r[-1])
print(r[2:5], r[::3], r[:], r[5:1:-1])
print(r[1, 2, 3], r[0,])
r[0] = 100
r[1:3] = ["a", "b", "c"]
print(r.data)
del r[0]
del r[::2]
print(r.data)
s = slice(1, 8, 2)
print(s.indices(5), slice(None, None, -1).indices(4))
print(r[s])
try:
    r[100]
except IndexError as e:
    print("IndexError:", e)
r[0:0] = [7, 7]
print(r.data)


class Grid:
    def __init__(self):
        self.cells = {}

    def __getitem__(self, pos):
        row, col = pos
        return self.cells.get(pos, ".")

    def __setitem__(self, pos, v):
        self.cells[pos] = v


g = Grid()
g[0, 0] = "X"
g[1, 2] = "O"
for row in range(2):
    print("".join([g[row, c] for c in range(3)]))
