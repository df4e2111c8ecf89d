# Overriding __call__ on a metaclass controls instance creation (singletons, counting).
class Singleton(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls._instance = None

    def __call__(cls, *args, **kwargs):
        if cls._instance is None:
            print("creating", cls.__name__, args, kwargs)
            cls._instance = super().__call__(*args, **kwargs)
        return cls._instance


class Config(metaclass=Singleton):
    def __init__(self, value):
        print("Config.__init__", value)
        self.value = value


a = Config(1)
b = Config(2)
print(a is b, a.value, b.value)


class Counting(type):
    calls = 0

    def __call__(cls, *args):
        Counting.calls += 1
        obj = cls.__new__(cls)
        obj.args = args
        if hasattr(cls, "setup"):
            obj.setup()
        return obj


class Thing(metaclass=Counting):
    def __init__(self, *a):
        raise RuntimeError("never called")

    def setup(self):
        self.ready = True


t = Thing(1, 2)
print(t.args, t.ready, Counting.calls)
Thing()
print(Counting.calls)


class Weird(type):
    def __call__(cls, x):
        return x * 2


class W(metaclass=Weird):
    pass


print(W(21), W("ab"))
try:
    W()
except TypeError as e:
    print("TypeError:", e)
