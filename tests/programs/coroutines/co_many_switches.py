# Many suspensions: thousands of coroutines and hundreds of thousands of switches stay correct.


class Yield:
    __slots__ = ()

    def __await__(self):
        yield


YIELD = Yield()


async def counter(n):
    total = 0
    for i in range(n):
        await YIELD
        total += i
    return total


async def agen(n):
    for i in range(n):
        await YIELD
        yield i


async def deep(level):
    if level == 0:
        await YIELD
        return 0
    return 1 + await deep(level - 1)


async def consume(n):
    s = 0
    async for v in agen(n):
        s += v
    return s


def round_robin(coros):
    results = [None] * len(coros)
    pending = list(range(len(coros)))
    switches = 0
    while pending:
        nxt = []
        for i in pending:
            try:
                coros[i].send(None)
                switches += 1
                nxt.append(i)
            except StopIteration as e:
                results[i] = e.value
        pending = nxt
    return results, switches


res, sw = round_robin([counter(k % 50) for k in range(2000)])
print(sum(res), sw)
res, sw = round_robin([consume(5000), consume(3000)])
print(res, sw)
res, sw = round_robin([deep(200) for _ in range(50)])
print(res[:3], sw)
res, sw = round_robin([counter(100000)])
print(res, sw)
