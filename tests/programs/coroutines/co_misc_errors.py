# Coroutines used where iterables or generators are expected, and other misuse errors.


class Tick:
    def __await__(self):
        yield "tick"


async def job():
    await Tick()
    return "job"


async def agen():
    yield 1


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


c = job()
attempt("for over coroutine", lambda: [x for x in c])
attempt("iter(coroutine)", lambda: iter(c))
attempt("list(coroutine)", lambda: list(c))
attempt("len(coroutine)", lambda: len(c))
attempt("coroutine call", lambda: c())
attempt("coroutine attribute", lambda: c.gi_running)
attempt("send too many args", lambda: c.send(1, 2))
attempt("throw non-exception", lambda: c.throw(42))
attempt("throw no args", lambda: c.throw())
print("run still works:", run(c))


async def await_agen():
    a = agen()
    try:
        await a
    except TypeError as e:
        print("await async generator:", e)
    try:
        await a.__aiter__()
    except TypeError as e:
        print("await __aiter__():", e)
    await a.aclose()


run(await_agen())
a = agen()
attempt("send on async generator", lambda: a.send(None))
attempt("async generator call", lambda: a())
print(job.__name__, type(job).__name__, type(job()).__name__ if False else "function")
