# Using staticmethods/classmethods/functions inside the class body; class attrs referencing each other.
class Units:
    @staticmethod
    def km(n):
        return n * 1000

    MARATHON = km(42.195)
    TABLE = dict(zip(("short", "long"), map(km, (1, 10))))
    short = 1
    lengths = [i * 2 for i in range(short, short + 3)]

    def _double(x):
        return x * 2

    DOUBLE_TEN = _double(10)
    _double = staticmethod(_double)


print(Units.MARATHON, Units.TABLE, Units.lengths, Units.DOUBLE_TEN, Units._double(4))
print(Units.km(1), Units().km(2))


class Registry:
    items = []

    def register(fn, items=items):
        items.append(fn.__name__)
        return fn

    @register
    def first(self):
        return 1

    @register
    def second(self):
        return 2

    del register


print(Registry.items, hasattr(Registry, "register"), Registry().second())


class Chain:
    a = 1
    b = a + 1
    c = [a, b]
    a = 10


print(Chain.a, Chain.b, Chain.c)
