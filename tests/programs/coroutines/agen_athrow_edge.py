# athrow() on an exhausted async generator, and the message for athrow() without arguments.


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def one():
    yield 1


async def main():
    g = one()
    print([x async for x in g])
    try:
        r = await g.athrow(ValueError("late"))
        print("athrow after exhaustion ->", repr(r))
    except Exception as e:
        print("athrow after exhaustion raised", type(e).__name__, e)
    try:
        print("athrow() on exhausted ->", await g.athrow())
    except TypeError as e:
        print("athrow() on exhausted:", e)
    g2 = one()
    try:
        print("athrow() on unstarted ->", await g2.athrow())
    except TypeError as e:
        print("athrow() on unstarted:", e)
    try:
        g.asend()
    except TypeError as e:
        print("asend():", e)


run(main())
