# Async comprehensions: list/set/dict, conditions, await inside, async generator expressions.


class Ready:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        yield ("ready", self.v)
        return self.v


def run(coro):
    steps = 0
    try:
        while True:
            coro.send(None)
            steps += 1
    except StopIteration as e:
        return e.value, steps


async def agen(n):
    for i in range(n):
        yield i


async def double(x):
    return 2 * await Ready(x)


async def main():
    res = {}
    res["list"] = [x async for x in agen(5)]
    res["filtered"] = [x async for x in agen(10) if x % 3 == 0]
    res["two_ifs"] = [x async for x in agen(20) if x % 2 if x % 5]
    res["set"] = sorted({x % 3 async for x in agen(10)})
    res["dict"] = {x: x * x async for x in agen(4)}
    res["await_elem"] = [await double(x) async for x in agen(3)]
    res["await_sync"] = [await double(x) for x in range(3)]
    res["await_cond"] = [x for x in range(6) if await double(x) > 4]
    res["await_dict"] = {await Ready(k): await double(k) for k in "ab"}
    res["await_set"] = sorted({await Ready(x % 2) for x in range(5)})
    g = (x * 10 async for x in agen(3))
    res["genexpr_type"] = type(g).__name__
    res["genexpr"] = [y async for y in g]
    g2 = (await double(x) for x in range(3))
    res["genexpr2_type"] = type(g2).__name__
    res["genexpr2"] = [y async for y in g2]
    res["walrus"] = [(y := x + 1) async for x in agen(3)], y if False else None
    return res


result, steps = run(main())
for k, v in result.items():
    print(k, v)
print("steps", steps)
