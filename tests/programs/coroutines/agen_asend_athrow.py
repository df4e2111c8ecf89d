# Async generators driven by hand: asend, athrow, aclose awaited from a coroutine.


class Tick:
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        v = yield ("tick", self.tag)
        return v


def run(coro):
    trace = []
    try:
        while True:
            trace.append(coro.send(None))
    except StopIteration as e:
        return e.value, trace


async def echo(log):
    received = None
    try:
        while True:
            try:
                received = yield f"echo {received}"
                await Tick(received)
            except ValueError as e:
                log.append(f"handled {e}")
                received = "after error"
    finally:
        log.append("echo finally")


async def main():
    log = []
    g = echo(log)
    out = [await g.asend(None)]
    out.append(await g.asend("a"))
    out.append(await g.asend("b"))
    out.append(await g.athrow(ValueError("v1")))
    out.append(await g.asend("c"))
    try:
        await g.athrow(KeyError("k"))
    except KeyError as e:
        out.append(f"KeyError escaped {e}")
    try:
        await g.asend("d")
    except StopAsyncIteration:
        out.append("StopAsyncIteration after death")
    out.append(log)

    log2 = []
    g2 = echo(log2)
    out.append(await g2.__anext__())
    out.append(await g2.aclose())
    out.append(log2)
    out.append(await g2.aclose())
    try:
        await g2.__anext__()
    except StopAsyncIteration:
        out.append("closed: StopAsyncIteration")

    g4 = echo([])
    try:
        await g4.athrow(IndexError("before start"))
    except IndexError as e:
        out.append(f"athrow unstarted: {e}")
    try:
        await g4.asend(None)
    except StopAsyncIteration:
        out.append("unstarted after athrow is finished")
    return out


value, trace = run(main())
for v in value:
    print(v)
print(trace)
