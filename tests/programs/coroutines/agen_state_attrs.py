# Async generator attributes: ag_running, ag_suspended, ag_await, ag_code, names, repr, types of asend objects.


class Pause:
    def __await__(self):
        yield "pause"


ref = []


async def watched():
    ref.append(("inside", gen.ag_running, gen.ag_suspended))
    await Pause()
    yield 1
    ref.append(("inside again", gen.ag_running))
    yield 2


class Holder:
    async def agmethod(self):
        yield self


def show(label):
    aw = gen.ag_await
    print(label, gen.ag_running, gen.ag_suspended, type(aw).__name__ if aw is not None else None)


gen = watched()
print(type(gen).__name__, gen.__name__, gen.__qualname__, gen.ag_code.co_name)
print(gen.ag_code is watched.__code__, bool(watched.__code__.co_flags & 0x200))
show("fresh")
a = gen.asend(None)
print(type(a).__name__)
print(a.send(None))
try:
    a.send(None)
except StopIteration as e:
    print("first value", e.value)
show("after yield 1")
n = gen.__anext__()
try:
    n.send(None)
except StopIteration as e:
    print("second value", e.value)
show("after yield 2")
n = gen.__anext__()
try:
    n.send(None)
except StopAsyncIteration:
    print("exhausted")
show("done")
print(ref)
h = Holder().agmethod()
print(h.__qualname__)
print(repr(h).startswith("<async_generator object Holder.agmethod at"))
t = h.athrow(ValueError)
print(type(t).__name__)
t.close()
c = h.aclose()
print(type(c).__name__)
try:
    c.send(None)
except StopIteration as e:
    print("aclose of unstarted finished with", e.value)
h.__name__ = "newname"
print(h.__name__, h.__qualname__)
print(type(gen.__aiter__()).__name__, gen.__aiter__() is gen)
