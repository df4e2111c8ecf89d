# An uncaught exception raised three awaits deep ends the program with a traceback through every coroutine.


class Pause:
    def __await__(self):
        yield "pause"


async def parse(text):
    await Pause()
    return int(text)


async def load(items):
    total = 0
    for item in items:
        total += await parse(item)
    return total


async def main():
    print("first", await load(["1", "2", "3"]))
    print("second", await load(["4", "five", "6"]))


def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            return e.value


run(main())
