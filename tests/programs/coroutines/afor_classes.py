# async for over classes with __aiter__/__anext__; StopAsyncIteration ends the loop.


class Tick:
    def __await__(self):
        yield "tick"


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class ARange:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return ARangeIter(self.n)


class ARangeIter:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        await Tick()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


class Ready:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        return self.v
        yield


class AwaitableNext:
    """__anext__ is a plain method returning an awaitable object."""

    def __init__(self, items):
        self.items = list(items)

    def __aiter__(self):
        return self

    def __anext__(self):
        if not self.items:
            return StopAwait()
        return Ready(self.items.pop(0))


class StopAwait:
    def __await__(self):
        raise StopAsyncIteration("done")
        yield


class StopWithValue:
    def __init__(self):
        self.done = False

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.done:
            raise StopAsyncIteration("ignored value")
        self.done = True
        return "only"


class Failing:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise KeyError("anext failed")


async def main():
    r = ARange(3)
    print([x async for x in r], [x async for x in r])
    out = []
    async for v in AwaitableNext("abc"):
        out.append(v)
    print(out)
    async for v in StopWithValue():
        print("got", v)
    else:
        print("else after StopAsyncIteration")
    try:
        async for v in Failing():
            print("never")
    except KeyError as e:
        print("KeyError", e)
    it = ARangeIter(2)
    print(await it.__anext__(), await it.__anext__())
    try:
        await it.__anext__()
    except StopAsyncIteration:
        print("manual StopAsyncIteration")


run(main())
