# Errors for objects that do not implement the asynchronous context manager protocol.


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class OnlyEnter:
    async def __aenter__(self):
        print("OnlyEnter entered?")
        return self


class OnlyExit:
    async def __aexit__(self, *a):
        return False


class SyncCM:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return False


class AsyncCM:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *a):
        return False


class EnterNotAwaitable:
    def __aenter__(self):
        return 5

    async def __aexit__(self, *a):
        print("exit called?")


class ExitNotAwaitable:
    async def __aenter__(self):
        return "entered"

    def __aexit__(self, *a):
        return 7


async def try_with(label, obj):
    try:
        async with obj as v:
            print(label, "body", v if isinstance(v, str) else type(v).__name__)
        print(label, "finished")
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


def try_sync_with(label, obj):
    try:
        with obj:
            print(label, "body")
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


async def main():
    await try_with("int", 5)
    await try_with("OnlyEnter", OnlyEnter())
    await try_with("OnlyExit", OnlyExit())
    await try_with("SyncCM", SyncCM())
    await try_with("EnterNotAwaitable", EnterNotAwaitable())
    await try_with("ExitNotAwaitable", ExitNotAwaitable())
    await try_with("AsyncCM", AsyncCM())
    try_sync_with("sync with AsyncCM", AsyncCM())


run(main())
