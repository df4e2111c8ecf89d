# all() and any(): short-circuit, empty iterables, errors
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

print(all([]), any([]), all(()), any(""))
print(all([1, 2, 3]), all([1, 0, 3]), any([0, 0, 1]), any([0, "", None]))
print(all("abc"), any(range(0)), any(range(1)), any(range(2)))
print(all([[], 1]), any([[], [0]]))
seen = []
def check(x):
    seen.append(x)
    return x > 2
print(any(map(check, [1, 3, 5, 7])), seen)
seen = []
print(all(map(check, [5, 1, 7])), seen)
it = iter([0, 1, 2, 3])
print(any(it), list(it))
print(type(all([])).__name__, type(any([1])).__name__)
show(lambda: all())
show(lambda: all(1))
show(lambda: any(1, 2))
show(lambda: any(k=1))
show(lambda: all([1], [2]))
print(all([x > 0 for x in [1, 2, 3]]), any([x < 0 for x in [1, 2, 3]]))
