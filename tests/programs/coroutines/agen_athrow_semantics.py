# athrow() into async generators: caught with a yield in the handler, caught and finishing,
# uncaught, before start, with exception classes, instances and non-exceptions.


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def resilient():
    n = 0
    while n < 5:
        try:
            yield n
        except ValueError as e:
            yield f"recovered from {e}"
        except LookupError as e:
            print("  lookup error, finishing:", repr(e))
            return
        n += 1


async def attempt(label, make):
    try:
        r = await make()
        print(label, "->", repr(r))
    except StopAsyncIteration:
        print(label, "-> StopAsyncIteration")
    except Exception as e:
        print(label, "-> raised", type(e).__name__, e.args)


async def main():
    g = resilient()
    await attempt("start", lambda: g.__anext__())
    await attempt("throw ValueError instance", lambda: g.athrow(ValueError("v")))
    await attempt("continue", lambda: g.__anext__())
    await attempt("throw ValueError class", lambda: g.athrow(ValueError))
    await attempt("throw TypeError", lambda: g.athrow(TypeError("t")))
    await attempt("after death", lambda: g.__anext__())

    g = resilient()
    await attempt("start", lambda: g.__anext__())
    await attempt("throw KeyError", lambda: g.athrow(KeyError("k")))
    await attempt("after return", lambda: g.__anext__())

    g = resilient()
    await attempt("athrow before start", lambda: g.athrow(ValueError("early")))
    await attempt("then anext", lambda: g.__anext__())

    g = resilient()
    await attempt("bad athrow arg", lambda: g.athrow(5))

    g = resilient()
    vals = [await g.__anext__(), await g.__anext__()]
    await attempt("StopAsyncIteration thrown in", lambda: g.athrow(StopAsyncIteration("x")))
    print(vals)


run(main())
