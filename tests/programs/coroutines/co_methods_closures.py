# Coroutine functions as methods, classmethods, staticmethods, closures, decorated and with
# varied signatures; super() inside async methods.


class Tick:
    def __await__(self):
        yield "tick"


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


def logged(fn):
    async def wrapper(*args, **kwargs):
        print(f"-> {fn.__name__}{args[1:] if args and isinstance(args[0], Base) else args} {kwargs}")
        result = await fn(*args, **kwargs)
        print(f"<- {fn.__name__} = {result!r}")
        return result
    wrapper.__name__ = fn.__name__
    return wrapper


class Base:
    scale = 10

    async def compute(self, x):
        await Tick()
        return x * self.scale

    @classmethod
    async def make(cls, *args):
        await Tick()
        return cls(*args) if args else cls()

    @staticmethod
    async def helper(a, b=2, *rest, key="k", **extra):
        return a, b, rest, key, sorted(extra)


class Derived(Base):
    scale = 3

    def __init__(self, offset=0):
        self.offset = offset

    @logged
    async def compute(self, x):
        base = await super().compute(x)
        return base + self.offset


def counter_factory():
    count = 0

    async def bump(by=1):
        nonlocal count
        await Tick()
        count += by
        return count

    return bump


async def main():
    d = await Derived.make(5)
    print(type(d).__name__, d.offset)
    print(await d.compute(4))
    print(await Base().compute(4))
    print(await Base.helper(1))
    print(await Base.helper(1, 5, 6, 7, key="z", q=1, p=2))
    print(await d.helper(a=9))
    bump = counter_factory()
    print([await bump(), await bump(5), await bump(by=2)])
    other = counter_factory()
    print(await other(), await bump())
    bound = d.compute
    print(type(bound).__name__, bound.__name__)
    c = bound(1)
    print(type(c).__name__, c.__qualname__)
    print(await c)
    fns = [lambda x=i: Base.helper(x) for i in range(3)]
    print([(await f())[0] for f in fns])
    return "done"


print(run(main()))
