# enumerate(iterable, start=0)
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

print(list(enumerate("abc")))
print(list(enumerate(["x", "y"], 10)))
print(list(enumerate(["x", "y"], start=-1)))
print(list(enumerate(range(3), True)))
print(list(enumerate(["a"], 2**64)))
print(list(enumerate(["a", "b"], 2**63 - 1)))
print(list(enumerate(iterable="hi", start=5)))
print(dict(enumerate("ab")))
for i, ch in enumerate("xyz", 1):
    print(i, ch)
e = enumerate([10, 20])
print(type(e).__name__, type(e) is enumerate, isinstance(e, enumerate))
print(next(e), next(e), next(e, "end"))
print(iter(e) is e)
show(lambda: enumerate())
show(lambda: enumerate(5))
show(lambda: enumerate([], "a"))
show(lambda: enumerate([], 1.5))
show(lambda: enumerate([], 1, 2))
show(lambda: enumerate([], foo=1))
show(lambda: next(enumerate([])))
print([i * v for i, v in enumerate([3, 4, 5])])
