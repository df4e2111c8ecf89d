a = [1, 2, 3, 4, 5]
a[1:3] = ["x"]
print(a)
a[::2] = [0, 0]
print(a)
del a[::2]
print(a)
b = list(range(10))
print(b[-3:], b[:-7:-2], b[8:2:-3], b[100:], b[-100:2])
b.insert(-1, "i"); b.insert(100, "end"); b.insert(-100, "start")
print(b)
c = [3, 1, 2]
print(c.sort(), c, c.reverse(), c, c.index(2), c.count(5), c * 2, [[]] * 2)
grid = [[0] * 2] * 2
grid[0][0] = 9
print(grid)
d = [1, 2]
d += "ab"
d.extend(range(2))
print(d, d.pop(0), d.pop(-2), d)
try:
    a[::2] = [1, 2, 3, 4]
except ValueError as e:
    print(type(e).__name__, e)
try:
    [1, 2].index(3)
except ValueError as e:
    print(type(e).__name__, e)
print([1, 2] < [1, 2, 0], [2] > [1, 99], [] == [], [1, [2]] == [1, [2]])
