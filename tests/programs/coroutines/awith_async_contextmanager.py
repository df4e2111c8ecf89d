# An asynccontextmanager decorator written in Python on top of async generators (asend/athrow),
# used for nested resources, exception suppression and the errors of misbehaving generators.


class Tick:
    def __await__(self):
        yield "tick"


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class _AsyncGenCM:
    def __init__(self, agen):
        self.gen = agen

    async def __aenter__(self):
        try:
            return await anext(self.gen)
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, tb):
        if typ is None:
            try:
                await anext(self.gen)
            except StopAsyncIteration:
                return False
            await self.gen.aclose()
            raise RuntimeError("generator didn't stop")
        try:
            await self.gen.athrow(value)
        except StopAsyncIteration as exc:
            return exc is not value
        except BaseException as exc:
            if exc is not value:
                raise
            return False
        await self.gen.aclose()
        raise RuntimeError("generator didn't stop after athrow()")


def asynccontextmanager(func):
    def helper(*args, **kwargs):
        return _AsyncGenCM(func(*args, **kwargs))
    helper.__name__ = func.__name__
    return helper


log = []


@asynccontextmanager
async def resource(name):
    log.append(f"acquire {name}")
    await Tick()
    try:
        yield name.upper()
    finally:
        await Tick()
        log.append(f"release {name}")


@asynccontextmanager
async def suppress(*types):
    try:
        yield
    except types as e:
        log.append(f"suppressed {type(e).__name__}: {e}")


@asynccontextmanager
async def no_yield():
    if False:
        yield


@asynccontextmanager
async def two_yields():
    yield 1
    yield 2


@asynccontextmanager
async def translate():
    try:
        yield
    except KeyError as e:
        raise LookupError(f"translated {e}") from e


async def main():
    async with resource("db") as db, resource("cache") as cache:
        log.append(f"using {db} and {cache}")
    async with suppress(ZeroDivisionError, KeyError):
        async with resource("file"):
            1 / 0
    async with suppress(ValueError):
        log.append("nothing raised")
    for cm in (no_yield(), two_yields()):
        try:
            async with cm as v:
                log.append(f"body with {v}")
        except RuntimeError as e:
            log.append(f"RuntimeError: {e}")
    try:
        async with translate():
            raise KeyError("missing")
    except LookupError as e:
        log.append(f"{type(e).__name__}: {e} (cause {type(e.__cause__).__name__})")
    try:
        async with suppress(KeyError):
            raise ValueError("not suppressed")
    except ValueError as e:
        log.append(f"escaped: {e}")
    return len(log)


print(run(main()))
for line in log:
    print(line)
