# Coroutine objects: send/throw/close, cr_* attributes, __await__, and CPython's errors.


class Ready:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        return self.value
        yield


class Pause:
    def __await__(self):
        got = yield "paused"
        return got


class BadAwait:
    def __await__(self):
        return 42


async def simple():
    return "simple"


async def pauser():
    a = await Pause()
    b = await Pause()
    return a + b


async def calls_other():
    x = await simple()
    y = await Ready(5)
    return x, y


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


print(run(simple()), run(calls_other()))
p = pauser()
print(type(p).__name__, p.__name__, p.__qualname__, p.cr_running, p.cr_suspended, p.cr_code.co_name)
print(p.send(None), p.cr_suspended, type(p.cr_await).__name__)
print(p.send(10))
try:
    p.send(20)
except StopIteration as e:
    print("returned", e.value, p.cr_suspended, p.cr_await, p.cr_frame)
try:
    p.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

q = pauser()
q.send(None)
try:
    q.throw(KeyError("k"))
except KeyError as e:
    print("thrown through:", repr(e))

r = pauser()
r.send(None)
print(r.close(), r.cr_suspended)


async def awaits(x):
    return await x


for bad in (5, BadAwait(), "text"):
    c = awaits(bad)
    try:
        c.send(None)
    except TypeError as e:
        print("TypeError:", e)

c = simple()
try:
    for item in c:
        pass
except TypeError as e:
    print("TypeError:", e)
c.close()
w = pauser().__await__()
print(type(w).__name__, next(w), w.send(1))
try:
    w.send(2)
except StopIteration as e:
    print("wrapper result", e.value)


async def leaks():
    raise StopIteration("inside")


try:
    run(leaks())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)


async def reentrant():
    return await inner_coro


async def inner_fn():
    await Pause()


inner_coro = inner_fn()
outer1 = reentrant()
print(outer1.send(None))
outer2 = reentrant()
try:
    outer2.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
outer1.close()
outer2.close()
