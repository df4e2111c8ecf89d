# throw() into a finished coroutine, and the return value seen through its __await__() wrapper.


class Pause:
    def __await__(self):
        yield "pause"


async def value():
    return 10


async def slow():
    await Pause()
    return 20


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


c = value()
print(run(c))
try:
    c.throw(ValueError("late"))
except RuntimeError as e:
    print("throw:", e)
except ValueError as e:
    print("throw raised ValueError", e)

c = slow()
c.send(None)
c.close()
try:
    c.throw(KeyError("after close"))
except RuntimeError as e:
    print("throw after close:", e)
except KeyError as e:
    print("throw after close raised KeyError", e)

c = value()
w = c.__await__()
print(type(w).__name__)
try:
    next(w)
except StopIteration as e:
    print("wrapper value", e.value)
try:
    next(w)
except RuntimeError as e:
    print("wrapper again:", e)

c = slow()
w = c.__await__()
print(w.send(None))
try:
    w.send(None)
except StopIteration as e:
    print("wrapper send value", e.value)
