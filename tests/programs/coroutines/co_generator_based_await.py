# __await__ implementations built from other iterators: yield from another coroutine's __await__(),
# list iterators, generator objects stored on the instance, and awaitables awaited many times.


class Pause:
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        got = yield self.tag
        return (self.tag, got)


async def inner(n):
    a = await Pause(f"inner{n}a")
    b = await Pause(f"inner{n}b")
    return [a, b]


class Wraps:
    def __init__(self, coro):
        self.coro = coro

    def __await__(self):
        result = yield from self.coro.__await__()
        return ("wrapped", result)


class ListSteps:
    def __init__(self, steps):
        self.steps = steps

    def __await__(self):
        return iter(self.steps)


class Cached:
    """Awaitable that computes once; later awaits return the cached value without suspending."""

    def __init__(self):
        self.done = False
        self.value = None
        self.computations = 0

    def __await__(self):
        if not self.done:
            self.computations += 1
            self.value = yield from Pause("compute").__await__()
            self.done = True
        return self.value


def run(coro):
    trace = []
    v = None
    try:
        while True:
            trace.append(coro.send(v))
            v = None if trace[-1].startswith("s") else len(trace)
    except StopIteration as e:
        return e.value, trace


async def main():
    out = [await Wraps(inner(1))]
    out.append(await ListSteps(["s1", "s2", "s3"]))
    c = Cached()
    out.append(await c)
    out.append(await c)
    out.append(c.computations)
    co = inner(2)
    w = co.__await__()
    out.append(type(w).__name__)
    out.append(await Wraps(co) if False else "skipped")
    out.append((yield_count := len([1])) and await WrapsIter(w))
    return out


class WrapsIter:
    def __init__(self, it):
        self.it = it

    def __await__(self):
        return self.it


result, trace = run(main())
for r in result:
    print(r)
print(trace)
