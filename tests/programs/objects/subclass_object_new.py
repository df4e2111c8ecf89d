# Custom __new__ on object subclasses: caching, returning other types, __init__ skipping.
class Interned:
    _cache = {}

    def __new__(cls, key):
        print("  __new__", key)
        if key in cls._cache:
            return cls._cache[key]
        obj = super().__new__(cls)
        cls._cache[key] = obj
        return obj

    def __init__(self, key):
        print("  __init__", key)
        self.key = key


a = Interned("x")
b = Interned("x")
c = Interned("y")
print(a is b, a is c, len(Interned._cache))


class NotMine:
    def __new__(cls, v):
        return [v]

    def __init__(self, v):
        print("never runs")


r = NotMine(5)
print(r, type(r).__name__)


class Parent:
    def __init__(self):
        print("  Parent.__init__")


class Child(Parent):
    pass


class Factory:
    def __new__(cls, kind):
        target = Child if kind == "child" else Parent
        return target.__new__(target) if kind != "child" else Child()


x = Factory("child")
print(type(x).__name__)
y = Factory("parent")
print(type(y).__name__)


class WithArgs:
    def __new__(cls, *args, **kwargs):
        obj = object.__new__(cls)
        obj.new_args = (args, kwargs)
        return obj

    def __init__(self, a, b=2):
        self.a, self.b = a, b


w = WithArgs(1, b=3)
print(w.new_args, w.a, w.b)
try:
    object.__new__(WithArgs, 1)
    print("object.__new__ with extra args allowed when __new__ overridden")
except TypeError as e:
    print("TypeError:", e)
try:
    object.__new__(5)
except TypeError as e:
    print("TypeError:", e)
try:
    object.__new__(int)
except TypeError as e:
    print("TypeError:", e)


class Sub(Interned):
    pass


s1 = Sub("z")
print(type(s1).__name__, Sub("z") is s1)
