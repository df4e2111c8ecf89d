# try/finally and async with inside async generators: run to completion, broken out of and aclose()d.


class Tick:
    def __await__(self):
        yield "tick"


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class Res:
    def __init__(self, name, log):
        self.name = name
        self.log = log

    async def __aenter__(self):
        self.log.append(f"open {self.name}")
        await Tick()
        return self

    async def __aexit__(self, et, ev, tb):
        await Tick()
        self.log.append(f"close {self.name} ({et.__name__ if et else 'ok'})")


async def lines(name, n, log):
    async with Res(name, log):
        try:
            for i in range(n):
                yield f"{name}:{i}"
        finally:
            log.append(f"finally {name}")


async def main():
    log = []
    async for line in lines("full", 2, log):
        log.append(line)
    print(log)

    log = []
    g = lines("partial", 5, log)
    async for line in g:
        log.append(line)
        if line.endswith("1"):
            break
    log.append("loop left")
    await g.aclose()
    print(log)

    log = []
    g = lines("never", 3, log)
    await g.aclose()
    print("unstarted aclose:", log)

    log = []
    g = lines("error", 3, log)
    print(await g.__anext__())
    try:
        await g.athrow(RuntimeError("boom"))
    except RuntimeError as e:
        log.append(f"caught {e}")
    print(log)

    log = []
    g = lines("body-error", 3, log)
    try:
        async for line in g:
            raise KeyError(line)
    except KeyError as e:
        log.append(f"body raised {e}")
    log.append(f"suspended {g.ag_suspended}")
    await g.aclose()
    print(log)


run(main())
