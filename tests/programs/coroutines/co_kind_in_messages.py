# Error messages name the kind of object: "coroutine ignored GeneratorExit",
# "can't send non-None value to a just-started coroutine" / "async generator".


class Pause:
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        v = yield self.tag
        return v


async def ignores_close():
    try:
        await Pause("p")
    except GeneratorExit:
        await Pause("again")


async def worker():
    await Pause("w")


async def agen():
    yield 1


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


c = ignores_close()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print("RuntimeError:", e)
c.close()

c = worker()
try:
    c.send(5)
except TypeError as e:
    print("TypeError:", e)
c.close()


def gen():
    try:
        yield 1
    except GeneratorExit:
        yield 2


g = gen()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("generator:", e)
g = gen()
try:
    g.send(1)
except TypeError as e:
    print("generator:", e)


async def main():
    g3 = agen()
    try:
        await g3.asend("not None first")
    except TypeError as e:
        print("async generator:", e)
    await g3.aclose()


run(main())
