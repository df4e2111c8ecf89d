# reversed(): lists, tuples, strings, ranges, dicts, bytes
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

print(list(reversed([1, 2, 3])))
print(list(reversed((1, 2, 3))))
print(list(reversed("héllo")))
print(list(reversed(range(5))))
print(list(reversed(range(10, 0, -3))))
print(list(reversed(range(1, 20, 4))))
print(list(reversed(range(0))))
print(list(reversed({"a": 1, "b": 2, "c": 3})))
print(list(reversed(b"abc")))
print(list(reversed([])))
for t in [[], (), "", range(3), {}]:
    print(type(reversed(t)).__name__)
r = reversed([1, 2])
print(iter(r) is r, next(r), next(r), next(r, None))
lst = [1, 2, 3, 4]
it = reversed(lst)
print(next(it))
lst.pop()
lst.pop()
print(next(it, "shrunk"))
print(reversed is type(reversed((1,))))
show(lambda: reversed())
show(lambda: reversed(5))
show(lambda: reversed({1, 2}))
show(lambda: reversed([1], k=1))
show(lambda: reversed([1], [2]))
show(lambda: reversed(iter([1])))
print("".join(reversed("stressed")))
print(list(reversed("a😀b")), "".join(reversed("x😀y")))
