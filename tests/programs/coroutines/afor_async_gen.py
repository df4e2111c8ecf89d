# async for over async generators: break, continue, else, nested loops, awaits between items.


class Tick:
    def __init__(self, log, tag):
        self.log = log
        self.tag = tag

    def __await__(self):
        self.log.append(self.tag)
        yield


def run(coro):
    n = 0
    try:
        while True:
            coro.send(None)
            n += 1
    except StopIteration as e:
        return e.value, n


log = []


async def numbers(n, step=1):
    for i in range(0, n, step):
        await Tick(log, f"gen {i}")
        yield i


async def words(text):
    for w in text.split():
        yield w
    log.append("words exhausted")


async def main():
    out = []
    async for i in numbers(4):
        out.append(i)
    else:
        out.append("else ran")
    async for i in numbers(10):
        if i == 2:
            continue
        if i == 5:
            break
        out.append(i)
    else:
        out.append("else not run")
    pairs = []
    async for a in numbers(3):
        async for w in words("x y"):
            pairs.append(f"{a}{w}")
    out.append(pairs)
    total = 0
    async for i in numbers(20, 3):
        await Tick(log, f"body {i}")
        total += i
    out.append(total)
    async for a, b in pairs_gen():
        out.append(a * b)
    it = numbers(3)
    async for x in it:
        out.append(("first", x))
        break
    async for x in it:
        out.append(("resumed", x))
    return out


async def pairs_gen():
    yield 2, 3
    yield 4, 5


print(run(main()))
print(log)
