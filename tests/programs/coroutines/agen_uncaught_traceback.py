# An exception raised inside an async generator, through async for and an await chain, is uncaught.


class Tick:
    def __await__(self):
        yield "tick"


async def records(rows):
    for row in rows:
        await Tick()
        name, value = row.split("=")
        yield name, int(value)


async def load(rows):
    out = {}
    async for name, value in records(rows):
        out[name] = value
    return out


async def main():
    print(await load(["a=1", "b=2"]))
    print(await load(["c=3", "d=x"]))


coro = main()
while True:
    try:
        coro.send(None)
    except StopIteration:
        break
