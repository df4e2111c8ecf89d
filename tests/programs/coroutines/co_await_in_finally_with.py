# await inside finally, except and else blocks, in loops with break/continue, and return
# overriding in finally; the order of cleanup across suspensions.


class Tick:
    def __init__(self, log, tag):
        self.log = log
        self.tag = tag

    def __await__(self):
        self.log.append(f"await {self.tag}")
        yield


def run(coro):
    n = 0
    try:
        while True:
            coro.send(None)
            n += 1
    except StopIteration as e:
        return e.value, n
    except Exception as e:
        return f"raised {type(e).__name__}: {e}", n


async def cleanup_in_finally(log, fail):
    try:
        await Tick(log, "body")
        if fail:
            raise ValueError("body failed")
        return "normal"
    except ValueError:
        await Tick(log, "except")
        raise
    else:
        await Tick(log, "else")
    finally:
        await Tick(log, "finally 1")
        await Tick(log, "finally 2")


async def finally_overrides(log):
    try:
        await Tick(log, "try")
        raise KeyError("lost")
    finally:
        await Tick(log, "finally")
        return "finally wins"


async def loop_control(log):
    done = []
    for i in range(6):
        try:
            await Tick(log, f"iter {i}")
            if i == 1:
                continue
            if i == 4:
                break
            done.append(i)
        finally:
            await Tick(log, f"cleanup {i}")
    return done


async def nested_finally(log):
    try:
        try:
            await Tick(log, "inner")
            raise IndexError("inner")
        finally:
            await Tick(log, "inner finally")
    except IndexError as e:
        await Tick(log, f"outer handler {e}")
        return "handled"
    finally:
        await Tick(log, "outer finally")


for name, make in [
    ("ok", lambda log: cleanup_in_finally(log, False)),
    ("fail", lambda log: cleanup_in_finally(log, True)),
    ("override", finally_overrides),
    ("loop", loop_control),
    ("nested", nested_finally),
]:
    log = []
    print(name, run(make(log)))
    print("   ", log)
