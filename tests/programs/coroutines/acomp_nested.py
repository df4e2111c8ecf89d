# Nested async comprehensions: async and sync clauses mixed, comprehensions inside comprehensions.


class Ready:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        yield
        return self.v


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def agen(items):
    for it in items:
        await Ready(None)
        yield it


async def rows():
    yield [1, 2, 3]
    yield [4, 5]
    yield []


async def main():
    print([(a, b) async for a in agen("xy") for b in range(2)])
    print([(a, b) for a in range(2) async for b in agen("pq")])
    print([(a, b) async for a in agen("ab") async for b in agen([1, 2]) if b != a])
    print([x async for row in rows() for x in row if x % 2])
    print([[c async for c in agen(w)] async for w in agen(["ab", "cde"])])
    print([[await Ready(c * n) for c in "ab"] async for n in agen([1, 2])])
    print({k: [v async for v in agen(range(k))] async for k in agen([1, 2, 3])})
    print(sum([x async for x in agen(range(101))]))
    flat = [y async for x in agen([agen([1, 2]), agen([3])]) async for y in x]
    print(flat)
    n = 3
    print([x + n async for x in agen([10, 20])])

    def make():
        return [x for x in range(n)]

    print(make())
    print(await Ready([i async for i in agen(range(4))]))


run(main())
