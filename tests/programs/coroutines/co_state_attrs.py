# cr_running, cr_suspended, cr_await, cr_code, names and types of coroutine objects.


class Pause:
    def __await__(self):
        yield "pause"


class Box:
    async def method(self):
        return coro_ref[0].cr_running, coro_ref[0].cr_suspended

    async def nested(self):
        async def inner():
            await Pause()
        c = inner()
        print("inner", c.__name__, c.__qualname__)
        c.close()


coro_ref = []


async def child():
    await Pause()
    return "child done"


async def parent():
    r = await child()
    return r


async def watch_self():
    return coro_ref[0].cr_running


c = watch_self()
coro_ref.append(c)
print(c.cr_running, c.cr_suspended, c.cr_await)
try:
    c.send(None)
except StopIteration as e:
    print("running inside:", e.value)
print(c.cr_running, c.cr_suspended, c.cr_await)

p = parent()
print(type(p).__name__, p.__name__, p.__qualname__)
print(p.cr_code.co_name, p.cr_code.co_qualname, p.cr_code is parent.__code__)
print(p.send(None))
inner_await = p.cr_await
print(type(inner_await).__name__, inner_await.__name__, inner_await.cr_suspended)
print(type(inner_await.cr_await).__name__)
print(p.cr_suspended, p.cr_running)
try:
    p.send(None)
except StopIteration as e:
    print("done", e.value)
print(p.cr_await, p.cr_suspended, inner_await.cr_suspended)

b = Box()
coro_ref[0] = b.method()
print(coro_ref[0].__qualname__)
try:
    coro_ref[0].send(None)
except StopIteration as e:
    print(e.value)
n = b.nested()
try:
    n.send(None)
except StopIteration:
    pass

p.__name__ = "renamed"
p.__qualname__ = "Q.renamed"
print(p.__name__, p.__qualname__)
try:
    p.__name__ = 5
except TypeError as e:
    print("TypeError:", e)
print(bool(parent.__code__.co_flags & 0x80), bool(child.__code__.co_flags & 0x20))
print(repr(parent).startswith("<function parent at"))
x = parent()
print(repr(x).startswith("<coroutine object parent at"))
x.close()
