# Async generators, async for/with, async comprehensions, asend/athrow/aclose, aiter/anext.


class Tick:
    def __await__(self):
        v = yield "tick"
        return v


def run(coro):
    ticks = 0
    try:
        while True:
            coro.send(None)
            ticks += 1
    except StopIteration as e:
        return e.value, ticks


async def countdown(n):
    while n > 0:
        await Tick()
        yield n
        n -= 1


class Resource:
    def __init__(self, name, log):
        self.name = name
        self.log = log

    async def __aenter__(self):
        self.log.append(f"enter {self.name}")
        await Tick()
        return self

    async def __aexit__(self, typ, exc, tb):
        self.log.append(f"exit {self.name} {typ.__name__ if typ else None}")
        return typ is KeyError


class AsyncRange:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i * 10


async def main():
    log = []
    out = []
    async for v in countdown(3):
        out.append(v)
    squares = [v * v async for v in countdown(4) if v % 2 == 0]
    async with Resource("db", log) as r:
        log.append(f"using {r.name}")
    async with Resource("swallow", log):
        raise KeyError("x")
    try:
        async with Resource("fail", log):
            raise ValueError("boom")
    except ValueError as e:
        log.append(f"caught {e}")
    ar = [x async for x in AsyncRange(3)]
    it = aiter(AsyncRange(2))
    first = await anext(it)
    second = await anext(it)
    third = await anext(it, "default")
    return out, squares, log, ar, (first, second, third)


print(run(main()))


async def echo():
    received = None
    try:
        while True:
            received = yield f"echo {received}"
    except ValueError as e:
        yield f"handled {e}"
    finally:
        print("echo finally")


async def drive():
    g = echo()
    print(type(g).__name__, g.ag_running, g.__name__)
    print(await g.asend(None))
    print(await g.asend(1))
    print(await g.athrow(ValueError("bad")))
    print(await g.aclose())
    try:
        await g.asend(2)
    except StopAsyncIteration:
        print("exhausted")
    h = countdown(2)
    print(await h.__anext__())
    await h.aclose()
    try:
        await anext(h)
    except StopAsyncIteration:
        print("closed gen stops")


print(run(drive()))


async def ignores():
    try:
        yield 1
    except GeneratorExit:
        yield 2


async def close_bad():
    g = ignores()
    await g.asend(None)
    try:
        await g.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)


run(close_bad())


async def bad_for():
    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        async with object():
            pass
    except TypeError as e:
        print("TypeError:", e)


run(bad_for())
