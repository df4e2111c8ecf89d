# iter(x) and next(it[, default])
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "default"), next(it, None))
show(lambda: next(it))
print(iter(it) is it)
for src in [[1], (1,), "a", range(1), {1: 2}, {1}]:
    i = iter(src)
    print(type(i).__name__, next(i), iter(i) is i)
s = iter("ab")
print(list(s), list(s))
show(lambda: iter())
show(lambda: iter(5))
show(lambda: iter(None))
show(lambda: iter([1], k=1))
show(lambda: iter(1, 2, 3))
show(lambda: next())
show(lambda: next([1]))
show(lambda: next("abc"))
show(lambda: next(iter([]), k=1))
show(lambda: next(1, 2, 3))
try:
    next(iter(()))
except StopIteration as e:
    print("StopIteration", repr(e), e.args)
words = iter(["alpha", "beta", "gamma"])
first = next(words)
rest = list(words)
print(first, rest)
nums = iter(range(5))
total = 0
while True:
    n = next(nums, None)
    if n is None:
        break
    total += n
print(total)
