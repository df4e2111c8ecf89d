# Exceptions travelling through chains of awaits: caught at various levels, finally order, context.


class Pause:
    def __await__(self):
        yield "pause"


def run(coro):
    steps = 0
    try:
        while True:
            coro.send(None)
            steps += 1
    except StopIteration as e:
        return ("ok", e.value, steps)
    except Exception as e:
        return ("raised", type(e).__name__, str(e), steps)


log = []


async def level3(kind):
    log.append("l3 start")
    try:
        await Pause()
        if kind == "value":
            raise ValueError("from level3")
        if kind == "key":
            raise KeyError("k")
        if kind == "zero":
            return 1 / 0
        return "l3 fine"
    finally:
        log.append("l3 finally")


async def level2(kind):
    try:
        return await level3(kind)
    except KeyError as e:
        log.append(f"l2 caught {e!r}")
        raise LookupError("wrapped") from e
    finally:
        log.append("l2 finally")


async def level1(kind):
    try:
        r = await level2(kind)
    except ValueError as e:
        log.append(f"l1 caught {e}")
        return "handled in l1"
    else:
        log.append("l1 else")
        return r


for kind in ["none", "value", "key", "zero"]:
    log.clear()
    print(kind, run(level1(kind)))
    print("  ", log)


async def context_chain():
    try:
        try:
            await level3("value")
        except ValueError:
            await Pause()
            raise TypeError("during handling")
    except TypeError as e:
        ctx = e.__context__
        return type(e).__name__, type(ctx).__name__, str(ctx), e.__cause__, e.__suppress_context__


async def cause_chain():
    try:
        await level2("key")
    except LookupError as e:
        return type(e.__cause__).__name__, e.__suppress_context__


log.clear()
print(run(context_chain()))
print(run(cause_chain()))


async def reraise_after_await():
    try:
        raise IndexError("first")
    except IndexError:
        await Pause()
        await Pause()
        raise


print(run(reraise_after_await()))
