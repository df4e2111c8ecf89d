# A second aclose() after an aclose() that raised 'ignored GeneratorExit': CPython raises
# StopAsyncIteration at once (the generator is marked closed) and leaves the generator suspended.


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
    try:
        print("  final aclose ->", await g.aclose())
    except BaseException as e:
        print(f"  final aclose raised {type(e).__name__}: {e}")
    print("  suspended:", g.ag_suspended, "running:", g.ag_running)
    if g.ag_suspended:
        try:
            await g.asend("stop")
        except StopAsyncIteration:
            print("  finished by asend('stop'):", g.ag_suspended)


async def main():
    await attempt("stubborn", stubborn)


run(main())
