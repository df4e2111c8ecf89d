# Coroutines and async generators are not iterators: next() on them fails, and a plain generator
# cannot 'yield from' a coroutine.


class Tick:
    def __await__(self):
        yield "tick"


async def job():
    await Tick()
    return "job"


def delegating(c):
    return (yield from c)


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


c = job()
attempt("next(coroutine)", lambda: next(c))
attempt("type has __next__", lambda: hasattr(type(c), "__next__"))
g = delegating(c)
attempt("yield from coroutine", lambda: next(g))
attempt("generator after failure", lambda: next(g))
attempt("coroutine untouched", lambda: c.cr_suspended)
c.close()


async def agen():
    yield 1


a = agen()
attempt("next(async generator)", lambda: next(a))
attempt("async generator untouched", lambda: a.ag_suspended)
