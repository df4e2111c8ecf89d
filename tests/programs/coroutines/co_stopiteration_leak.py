# StopIteration escaping a coroutine becomes RuntimeError("coroutine raised StopIteration").


class Pause:
    def __await__(self):
        yield "pause"


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return ("returned", e.value)
    except RuntimeError as e:
        cause = e.__cause__
        return ("RuntimeError", str(e), type(cause).__name__, cause.args if cause else None)


async def direct():
    raise StopIteration("leak")


async def after_await():
    await Pause()
    raise StopIteration


async def via_next():
    it = iter([])
    await Pause()
    return next(it)


async def caught_inside():
    try:
        raise StopIteration(5)
    except StopIteration as e:
        return e.value


async def outer():
    try:
        await direct()
    except RuntimeError as e:
        return "outer caught: " + str(e)


async def stop_async():
    raise StopAsyncIteration("not special in coroutines")


class AwaitRaisesStop:
    def __await__(self):
        yield "x"
        raise StopIteration("from __await__ generator")


async def await_leak():
    return await AwaitRaisesStop()


print(run(direct()))
print(run(after_await()))
print(run(via_next()))
print(run(caught_inside()))
print(run(outer()))
try:
    run(stop_async())
except StopAsyncIteration as e:
    print("StopAsyncIteration passes through:", e)
print(run(await_leak()))
