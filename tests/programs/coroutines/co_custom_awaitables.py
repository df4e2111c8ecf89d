# Objects with __await__: generator-based ones, iterator classes, values returned, exceptions raised.


class Value:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        if False:
            yield
        return self.v


class Suspend:
    def __init__(self, times):
        self.times = times

    def __await__(self):
        total = 0
        for i in range(self.times):
            total += (yield ("suspend", i)) or 0
        return total


class Failing:
    def __await__(self):
        yield "about to fail"
        raise ValueError("failed inside __await__")


class IterAwait:
    """__await__ returns an iterator object that is not a generator."""

    def __init__(self, n):
        self.n = n

    def __await__(self):
        return Countdown(self.n)


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration("done counting")
        self.n -= 1
        return ("tick", self.n)

    def send(self, value):
        print("Countdown.send", value)
        return self.__next__()


class Delegating:
    def __await__(self):
        a = yield from Suspend(2).__await__()
        b = yield from Value(100).__await__()
        return a + b


def run(coro, reply=1):
    seen = []
    try:
        v = None
        while True:
            seen.append(coro.send(v))
            v = reply
    except StopIteration as e:
        return e.value, seen


async def main():
    out = []
    out.append(await Value(7))
    out.append(await Suspend(3))
    try:
        await Failing()
    except ValueError as e:
        out.append(f"caught {e}")
    out.append(await IterAwait(2))
    out.append(await Delegating())
    aw = Value("reused")
    out.append(await aw)
    out.append(await aw)
    return out


print(run(main()))
print(run(main(), reply=10))
