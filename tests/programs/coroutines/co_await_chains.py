# Await chains: values returned through several levels of await, recursion, and awaits in loops.


class Step:
    def __init__(self, label):
        self.label = label

    def __await__(self):
        got = yield self.label
        return got


def run(coro, replies=None):
    trace = []
    value = None
    try:
        while True:
            req = coro.send(value)
            trace.append(req)
            value = replies(req) if replies else None
    except StopIteration as e:
        return e.value, trace


async def leaf(n):
    return n * 2


async def middle(n):
    a = await leaf(n)
    b = await leaf(a)
    return a + b


async def top(n):
    total = 0
    for i in range(n):
        total += await middle(i)
    return total


async def fact(n):
    if n <= 1:
        return 1
    return n * await fact(n - 1)


async def fib(n):
    if n < 2:
        return n
    return await fib(n - 1) + await fib(n - 2)


async def asks():
    a = await Step("a")
    b = await Step("b")
    c = await middle(a)
    return (a, b, c)


async def returns_tuple():
    return 1, "two", [3]


async def returns_none():
    pass


async def unpack():
    x, y, z = await returns_tuple()
    n = await returns_none()
    return x, y, z, n


print(run(top(5)))
print(run(fact(10)))
print(run(fib(15)))
print(run(asks(), lambda r: len(r) + ord(r)))
print(run(unpack()))
print(run(fact(300))[0] % 1000003)
