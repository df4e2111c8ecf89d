# Infinite generators consumed with early exit.
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out

print(take(10, fib()))
for n in naturals(5):
    if n * n > 60:
        print("first square over 60:", n)
        break
print(next(x for x in fib() if x > 1000))
print(any(x > 50 for x in naturals()))
print(all(x < 5 for x in naturals()))
z = zip("abcd", naturals(1))
print(list(z))
g = fib()
for _ in range(20):
    next(g)
print(next(g), next(g))
def cycle(seq):
    while True:
        for s in seq:
            yield s
print(take(7, cycle("xyz")))
it = naturals()
print([next(it) for _ in range(3)], next(it))
def collatz(n):
    while True:
        yield n
        if n == 1:
            return
        n = n // 2 if n % 2 == 0 else 3 * n + 1
print(list(collatz(27))[:10], len(list(collatz(27))))
print(max(collatz(27)))
evens = (n for n in naturals() if n % 2 == 0)
print([next(evens) for _ in range(5)])
print(next(filter(lambda x: x % 7 == 0 and x % 5 == 0, naturals(1))))
print(list(map(lambda a, b: a * b, naturals(1), [3, 4, 5])))
for i, f in enumerate(fib()):
    if f > 100:
        print("index", i, "value", f)
        break
