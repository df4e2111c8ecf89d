# await in many expression positions: arguments, f-strings, subscripts, operators, conditionals,
# augmented assignment, unpacking, walrus, chained awaits of returned awaitables.


class Val:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        order.append(self.v)
        yield
        return self.v


async def make_awaitable(v):
    return Val(v)


async def pair():
    return 1, 2


order = []


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def main():
    out = []
    out.append(max(await Val(3), await Val(7), await Val(5)))
    out.append(f"{await Val('x')}-{await Val(2) * 2}")
    d = {"k": [10, 20, 30]}
    out.append(d[await Val("k")][await Val(1)])
    out.append(await Val(2) ** await Val(3) - await Val(1))
    out.append("yes" if await Val(0) else "no")
    n = 5
    n += await Val(10)
    n *= await Val(2)
    out.append(n)
    a, b = await pair()
    out.append(a + b)
    if (w := await Val(42)) > 40:
        out.append(w)
    out.append(await (await make_awaitable("chained")))
    out.append(1 < await Val(2) < 3)
    out.append(not await Val(False))
    out.append([await Val(i) for i in range(3)])
    out.append(await Val(None) or await Val("fallback"))
    out.append(await Val(0) and await Val("skipped"))
    out.append(-await Val(4))
    out.append((await Val([1, 2, 3]))[1:])
    x = {"a": await Val(1), **{"b": await Val(2)}}
    out.append(x)
    out.append(str(await Val(9)).zfill(await Val(3)))
    return out


for item in run(main()):
    print(item)
print(order)
