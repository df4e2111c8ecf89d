# map(function, *iterables) and filter(function or None, iterable)
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

print(list(map(str, [1, 2, 3])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6, 7])))
print(list(map(lambda a, b, c: a ** b % c, [2, 3], [5, 2], [7, 5])))
print(list(map(len, ["a", "bb", ""])))
print(list(map(abs, range(-3, 3))))
m = map(ord, "ab")
print(type(m).__name__, type(m) is map, iter(m) is m, next(m), next(m), next(m, -1))
calls = []
def record(x):
    calls.append(x)
    return x * 10
lazy = map(record, [1, 2, 3])
print(calls)
print(next(lazy), calls)
print(list(filter(None, [0, 1, "", "a", None, [], [0], 0.0, 2.5])))
print(list(filter(lambda x: x % 2, range(10))))
print(list(filter(bool, [0, 3, 0, 4])))
f = filter(None, [0, 7])
print(type(f).__name__, type(f) is filter, next(f), next(f, "end"))
show(lambda: map())
show(lambda: map(len))
show(lambda: map(len, [1], k=1))
show(lambda: list(map(len, [1])))
show(lambda: map(len, 5))
show(lambda: filter(None))
show(lambda: filter(None, 5))
show(lambda: filter(None, [1], k=1))
show(lambda: list(filter(5, [1])))
print(list(map(lambda p: p[0] + p[1], zip([1, 2], [3, 4]))))
print(sum(map(lambda x: x * x, filter(lambda x: x > 2, range(6)))))
