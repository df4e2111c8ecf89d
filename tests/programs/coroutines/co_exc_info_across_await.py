# sys.exc_info() and bare raise across awaits; interleaved coroutines each keep their own
# exception state while suspended inside except blocks.
import sys


class Tick:
    def __await__(self):
        yield "tick"


def current():
    t, v, _ = sys.exc_info()
    return f"{t.__name__}({v})" if t else "None"


async def handler(name, log):
    log.append(f"{name} before: {current()}")
    try:
        raise KeyError(name)
    except KeyError:
        log.append(f"{name} in except: {current()}")
        await Tick()
        log.append(f"{name} after await: {current()}")
        try:
            raise ValueError(name + "-inner")
        except ValueError:
            await Tick()
            log.append(f"{name} nested: {current()}")
        log.append(f"{name} back in outer: {current()}")
        await Tick()
    log.append(f"{name} after except: {current()}")
    return name


async def reraiser(log):
    try:
        raise IndexError("bare")
    except IndexError:
        await Tick()
        try:
            raise
        except IndexError as e:
            log.append(f"re-raised {e!r} context={e.__context__!r}")


def round_robin(coros, log):
    results = []
    pending = list(coros)
    while pending:
        c = pending.pop(0)
        log.append(f"loop sees: {current()}")
        try:
            c.send(None)
            pending.append(c)
        except StopIteration as e:
            results.append(e.value)
    return results


log = []
print(round_robin([handler("a", log), handler("b", log), reraiser(log)], log))
for line in log:
    print(line)
try:
    raise OSError("outer")
except OSError:
    log = []
    print(round_robin([handler("c", log)], log))
    print(log[0], "|", log[1], "|", log[-1])
    print("outer still:", current())
