# Async generator expressions created in ordinary functions and consumed later by coroutines;
# their laziness and the scoping of the first iterable.


class Tick:
    def __await__(self):
        yield "tick"


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def source(name, n):
    for i in range(n):
        print(f"  {name} produces {i}")
        await Tick()
        yield i


def make_squares(n):
    return (x * x async for x in source("sq", n))


def make_filtered(src, pred):
    return (x async for x in src if pred(x))


def evaluated_first():
    print("  building first iterable")
    return source("first", 2)


async def main():
    g = make_squares(3)
    print(type(g).__name__, g.__name__)
    print("nothing consumed yet")
    print([v async for v in g])
    f = make_filtered(source("flt", 6), lambda v: v % 2 == 1)
    print("first:", await anext(f))
    print("rest:", [v async for v in f])
    h = (x + 1 async for x in evaluated_first())
    print("created")
    print([v async for v in h])
    k = (await Tick() or y for y in range(3))
    print(type(k).__name__, [v async for v in k])
    n = 10
    m = (x + n async for x in source("m", 2))
    n = 20
    print([v async for v in m])


run(main())
