# Return in async generators, and StopIteration/StopAsyncIteration raised inside them (PEP 479).


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def early(n):
    for i in range(n):
        if i == 2:
            return
        yield i


async def raises_sai():
    yield 1
    raise StopAsyncIteration("manual")


async def raises_si():
    yield 1
    raise StopIteration("sync stop")


async def next_on_empty():
    yield "a"
    yield next(iter(()))


async def caught_inside():
    try:
        raise StopAsyncIteration
    except StopAsyncIteration:
        yield "recovered"


async def collect(label, factory):
    out = []
    try:
        async for x in factory():
            out.append(x)
        print(label, out)
    except RuntimeError as e:
        c = e.__cause__
        print(label, out, "RuntimeError:", e, "| cause:", type(c).__name__, c.args)


async def main():
    await collect("early", lambda: early(5))
    await collect("raises_sai", raises_sai)
    await collect("raises_si", raises_si)
    await collect("next_on_empty", next_on_empty)
    await collect("caught_inside", caught_inside)
    g = raises_sai()
    print(await g.asend(None))
    try:
        await g.asend(None)
    except RuntimeError as e:
        print("asend:", e)
    g = raises_si()
    print(await anext(g))
    try:
        await anext(g, "default")
    except RuntimeError as e:
        print("anext with default:", e)
    g = early(5)
    print([x async for x in g])
    print(await anext(g, "exhausted default"))


run(main())
