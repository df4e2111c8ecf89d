# min() and max(): iterable or arguments, key=, default=, ties, errors
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

print(min([3, 1, 2]), max([3, 1, 2]), min(3, 1, 2), max(3, 1, 2))
print(min("hello"), max("hello"), min(["b", "a", "c"]), max((1.5, 2, -1)))
print(min([2**70, 3]), max([2**70, 3]), min(True, 0), max(False, 0.0))
print(min(["aaa", "b", "cc"], key=len), max(["aaa", "b", "cc"], key=len))
print(min([(1, "b"), (1, "a")]), max([[1, 2], [1, 3]]))
print(min([1, -1], key=abs), max([1, -1], key=abs), min(-1, 1, key=abs))
print(min([], default="empty"), max([], default=None), min([5], default=0))
print(max(3, 1, key=None), min([4, 2], key=None))
print(min(range(5, 10)), max(range(5, 10)), max({"x": 1, "y": 2}))
pairs = [("a", 3), ("b", 1), ("c", 3)]
print(max(pairs, key=lambda p: p[1]), min(pairs, key=lambda p: p[1]))
show(lambda: min())
show(lambda: max(default=1))
show(lambda: min(1))
show(lambda: min([]))
show(lambda: max(()))
show(lambda: min(1, 2, default=3))
show(lambda: min([1], foo=1))
show(lambda: max([1, 2], key=1))
show(lambda: max([1, "a"]))
show(lambda: min(iterable=[1]))
show(lambda: max(1, 2, key=lambda x: x, foo=3))
