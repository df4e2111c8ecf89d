a = [1, 2, 3]
b = a
a += [4]
print(a, b, a is b)
a = a + [5]
print(a, b, a is b)
b *= 2
print(b)
b *= 0
print(b, [1, 2] * -1, [[0]] * 2)
c = [3, 1]
c += "xy"
c += range(2)
c += {9: 0}
print(c)
x = [1, 2, 3]
print(x == [1, 2, 3], x != [1, 2], x < [1, 2, 4], x >= [1, 2], [1, "a"] == [1, "a"], [1, 2] == (1, 2), [] == [])
print([1, [2, 3]] < [1, [2, 4]], [float("nan")] == [float("nan")], [[]] * 3)
try:
    print([1, 2] < [1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    x * 1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    x + None
except TypeError as e:
    print(type(e).__name__, e)
nested = [1, [2, [3, [4]]]]
nested[1][1][1].append(nested)
print(nested)
d = {"l": [1]}
d["l"].append(d)
print(d, len(x), bool([]), bool([0]))
del x[0]
del x[-1]
print(x)
x[0] = "z"
print(x, 3 in [1, 2, 3], "z" in x, "q" not in x)
