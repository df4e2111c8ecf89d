# Errors from async for on objects that are not async iterables.


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class NoAnext:
    def __aiter__(self):
        return 5


class BadAnext:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 5


class SyncIter:
    def __iter__(self):
        return iter([1, 2])


class AiterNotCallable:
    __aiter__ = None


async def agen():
    yield 1


async def loop(label, obj):
    try:
        async for x in obj:
            print(label, "item", x)
        print(label, "finished")
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


async def comp(label, obj):
    try:
        print(label, [x async for x in obj])
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


async def main():
    await loop("int", 3)
    await loop("list", [1, 2])
    await loop("SyncIter", SyncIter())
    await loop("NoAnext", NoAnext())
    await loop("BadAnext", BadAnext())
    await loop("AiterNotCallable", AiterNotCallable())
    await comp("comp int", 7)
    await comp("comp BadAnext", BadAnext())
    g = agen()
    try:
        for x in g:
            print("sync for over agen", x)
    except TypeError as e:
        print("sync for:", e)
    try:
        print([x for x in agen()])
    except TypeError as e:
        print("sync comp:", e)
    await g.aclose()


run(main())
