# aclose() on async generators that ignore GeneratorExit, yield in finally, or return while closing.


class Pause:
    def __await__(self):
        yield "pause"


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def stubborn():
    ignored = 0
    while True:
        try:
            if (yield f"value {ignored}") == "stop":
                print("  stubborn told to stop")
                return
        except GeneratorExit:
            print("  stubborn got GeneratorExit")
            ignored += 1
            if ignored == 2:
                raise


async def yields_in_finally():
    try:
        yield 1
    finally:
        yield 2


async def awaits_in_finally():
    try:
        yield 1
    finally:
        print("  cleanup starts")
        await Pause()
        print("  cleanup ends")


async def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        print("  returning on GeneratorExit")
        return


async def raises_other():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("replaced GeneratorExit")


async def attempt(label, factory):
    print(label)
    g = factory()
    print("  first:", await g.__anext__())
    try:
        r = await g.aclose()
        print("  aclose ->", r)
    except Exception as e:
        print(f"  aclose raised {type(e).__name__}: {e}")
    try:
        print("  next after close:", await g.__anext__())
    except StopAsyncIteration:
        print("  StopAsyncIteration after close")
    except BaseException as e:
        print(f"  next raised {type(e).__name__}: {e}")
    if label == "stubborn":
        try:
            await g.asend("stop")
        except StopAsyncIteration:
            print("  finished by asend('stop'):", g.ag_suspended)
    try:
        print("  final aclose ->", await g.aclose())
    except BaseException as e:
        print(f"  final aclose raised {type(e).__name__}: {e}")
    print("  suspended:", g.ag_suspended, "running:", g.ag_running)


async def main():
    await attempt("stubborn", stubborn)
    await attempt("yields_in_finally", yields_in_finally)
    await attempt("awaits_in_finally", awaits_in_finally)
    await attempt("returns_on_exit", returns_on_exit)
    await attempt("raises_other", raises_other)


run(main())
