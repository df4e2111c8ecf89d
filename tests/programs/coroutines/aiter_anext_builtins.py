# aiter() and anext(): with and without default, on generators and classes, and their errors.


class Tick:
    def __await__(self):
        yield "tick"


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def agen(n):
    for i in range(n):
        await Tick()
        yield i


class Counter:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


class Wrapper:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return Counter(self.n)


async def main():
    g = agen(2)
    print(aiter(g) is g)
    print(await anext(g), await anext(g))
    try:
        await anext(g)
    except StopAsyncIteration:
        print("StopAsyncIteration without default")
    print(await anext(g, "dflt"), await anext(g, None))
    w = Wrapper(2)
    it = aiter(w)
    print(type(it).__name__, await anext(it), await anext(it), await anext(it, -1))
    aw = anext(agen(1), "x")
    print(type(aw).__name__)
    print(await aw)
    for bad in (5, [1], "s", None):
        try:
            aiter(bad)
        except TypeError as e:
            print("aiter:", e)
        try:
            anext(bad)
        except TypeError as e:
            print("anext:", e)
    try:
        anext(Wrapper(1))
    except TypeError as e:
        print("anext on iterable only:", e)
    try:
        aiter()
    except TypeError as e:
        print("aiter():", e)
    try:
        anext()
    except TypeError as e:
        print("anext():", e)
    try:
        anext(agen(1), 1, 2)
    except TypeError as e:
        print("anext(3 args):", e)
    c = Counter(3)
    vals = []
    while (v := await anext(c, None)) is not None:
        vals.append(v)
    print(vals)


run(main())
