# ag_running is True while an async generator awaits inside asend()/__anext__()/athrow().


class Pause:
    def __await__(self):
        yield "pause"


async def agen():
    await Pause()
    yield 1
    try:
        yield 2
    except ValueError:
        await Pause()
        yield 3


def step(aw):
    try:
        return ("yielded", aw.send(None))
    except StopIteration as e:
        return ("value", e.value)


g = agen()
print("fresh", g.ag_running, g.ag_await)
a = g.asend(None)
print(step(a), g.ag_running, g.ag_suspended, type(g.ag_await).__name__)
print(step(a), g.ag_running, g.ag_suspended, g.ag_await)
n = g.__anext__()
print(step(n), g.ag_running)
t = g.athrow(ValueError("v"))
print(step(t), g.ag_running, type(g.ag_await).__name__)
print(step(t), g.ag_running)
c = g.aclose()
print(step(c), g.ag_running, g.ag_suspended)

g2 = agen()
first = g2.__anext__()
print(step(first))
second = g2.__anext__()
try:
    print("second", step(second))
except RuntimeError as e:
    print("second anext while first suspended:", e)
try:
    first.throw(ValueError("into the await"))
except ValueError as e:
    print("first throw:", e)
