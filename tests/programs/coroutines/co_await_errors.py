# Awaiting things that are not awaitable, and bad results from __await__: CPython's TypeErrors.


class NoAwait:
    pass


class ReturnsInt:
    def __await__(self):
        return 42


class ReturnsList:
    def __await__(self):
        return [1, 2]


class ReturnsCoroutine:
    def __await__(self):
        self.made = inner()
        return self.made


class AwaitNotCallable:
    __await__ = 5


class AwaitRaises:
    def __await__(self):
        raise KeyError("in __await__ itself")


async def inner():
    return 1


def gen():
    yield 1


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def try_await(label, obj):
    try:
        r = await obj
        print(label, "ok", r)
    except Exception as e:
        print(label, type(e).__name__, e)


async def main():
    await try_await("int", 3)
    await try_await("none", None)
    await try_await("str", "abc")
    await try_await("NoAwait", NoAwait())
    await try_await("ReturnsInt", ReturnsInt())
    await try_await("ReturnsList", ReturnsList())
    rc = ReturnsCoroutine()
    await try_await("ReturnsCoroutine", rc)
    rc.made.close()
    await try_await("AwaitNotCallable", AwaitNotCallable())
    await try_await("AwaitRaises", AwaitRaises())
    g = gen()
    await try_await("generator", g)
    g.close()
    await try_await("function", inner)
    await try_await("class", NoAwait)


run(main())
