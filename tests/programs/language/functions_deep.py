def hanoi(n, src, dst, via, moves):
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves


print(len(hanoi(10, "a", "c", "b", [])), hanoi(2, "a", "c", "b", []))


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print(ackermann(2, 3), ackermann(3, 3))


def defaults(a, items=[]):
    items.append(a)
    return items


print(defaults(1), defaults(2), defaults(3, []))


def star(*args, sep="-", **kw):
    return str(args) + sep + str(kw)


print(star(1, 2, 3), star(sep="+"), star(*"ab", **{"x": 1}))


def apply(f, *args, **kwargs):
    return f(*args, **kwargs)


print(apply(max, 3, 9, 4), apply(star, 1, sep="|", y=2))


def memo_fib():
    cache = {}

    def fib(n):
        if n in cache:
            return cache[n]
        r = n if n < 2 else fib(n - 1) + fib(n - 2)
        cache[n] = r
        return r
    return fib


print(memo_fib()(90))
square = lambda x: x * x
print([square(v) for v in [1, 2, 3]])
print((lambda *a, **k: (a, k))(1, b=2))
print((lambda: "no args")(), (lambda x, y=10: x + y)(5))
x = y = z = 0
x += 1
print(x, y, z)
data = {"k": [1, 2]}
data["k"][0] += 10
data["k"] += [3]
print(data)


def gen_name():
    return gen_name.__name__, gen_name.__qualname__


print(gen_name())


def outer():
    def inner():
        pass
    return inner.__qualname__


print(outer())
