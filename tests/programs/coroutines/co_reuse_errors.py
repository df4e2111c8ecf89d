# Re-awaiting coroutines: "cannot reuse already awaited coroutine", "coroutine is being awaited already".


class Pause:
    def __await__(self):
        yield "pause"


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def value():
    return 10


async def slow():
    await Pause()
    return 20


async def reuse():
    c = value()
    a = await c
    try:
        await c
    except RuntimeError as e:
        return a, str(e)


async def failing():
    raise ValueError("oops")


async def reuse_failed():
    c = failing()
    try:
        await c
    except ValueError as e:
        first = str(e)
    try:
        await c
    except RuntimeError as e:
        return first, str(e)


print(run(reuse()))
print(run(reuse_failed()))

shared = slow()


async def waiter1():
    return await shared


async def waiter2():
    try:
        return await shared
    except RuntimeError as e:
        return "waiter2: " + str(e)


w1 = waiter1()
print(w1.send(None))
print(run(waiter2()))
print(run(w1))

# sending to a coroutine that is being awaited by someone else
s = slow()


async def holder():
    return await s


h = holder()
h.send(None)
try:
    s.send(None)
except RuntimeError as e:
    print("direct send:", e)
except StopIteration as e:
    print("direct send finished it:", e.value)
try:
    print(run(h))
except RuntimeError as e:
    print("holder:", e)

# finished coroutine: send and close
c = value()
print(run(c))
try:
    c.send(None)
except RuntimeError as e:
    print("send:", e)
print("close:", c.close())

# closed coroutine
c = slow()
c.send(None)
c.close()
try:
    c.send(None)
except RuntimeError as e:
    print("after close:", e)
