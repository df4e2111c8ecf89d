# Coroutine send/throw/close driven by hand.


class Pause:
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        v = yield self.tag
        return v


async def worker(log):
    log.append("start")
    try:
        a = await Pause("first")
        log.append(f"got {a}")
        b = await Pause("second")
        log.append(f"got {b}")
    except ValueError as e:
        log.append(f"worker caught {e!r}")
        c = await Pause("after-error")
        return f"recovered {c}"
    finally:
        log.append("finally")
    return a + b


log = []
c = worker(log)
print(c.send(None))
print(c.send(1))
try:
    c.send(2)
except StopIteration as e:
    print("result", e.value)
print(log)

log = []
c = worker(log)
print(c.send(None))
print(c.throw(ValueError("bad")))
try:
    c.send("x")
except StopIteration as e:
    print("result", e.value)
print(log)

log = []
c = worker(log)
print(c.send(None))
try:
    c.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated", repr(e))
print(log)

log = []
c = worker(log)
c.send(None)
print("close ->", c.close())
print(log)
print("close again ->", c.close())

# close on a never-started coroutine runs nothing
log = []
c = worker(log)
c.close()
print(log)

# throw into a never-started coroutine
c = worker(log)
try:
    c.throw(RuntimeError("early"))
except RuntimeError as e:
    print("early throw", e, log)

# close() returning a value in 3.13


async def returns_on_close():
    try:
        await Pause("p")
    except GeneratorExit:
        return "closing value"


c = returns_on_close()
c.send(None)
print("close returned", c.close())
