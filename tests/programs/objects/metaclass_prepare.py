# __prepare__ returns the namespace mapping used for the class body.
class RecordingDict(dict):
    def __init__(self):
        super().__init__()
        self.order = []

    def __setitem__(self, key, value):
        if not key.startswith("__"):
            self.order.append(key)
        super().__setitem__(key, value)


class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        print("prepare", name, [b.__name__ for b in bases], sorted(kwargs.items()))
        return RecordingDict()

    def __new__(mcls, name, bases, ns, **kwargs):
        print("new ns type:", type(ns).__name__)
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.field_order = list(ns.order)
        return cls

    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)


class Rec(metaclass=OrderedMeta, flavor="x", n=3):
    zeta = 1
    alpha = 2
    mid = 3
    alpha = 4

    def method(self):
        pass


print(Rec.field_order)
print(Rec.alpha, type(Rec.__dict__).__name__)


class DefaultDictNS(dict):
    def __missing__(self, key):
        if key.startswith("auto_"):
            return key[5:]
        raise KeyError(key)


class AutoMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return DefaultDictNS()

    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, dict(ns))


class Auto(metaclass=AutoMeta):
    a = auto_hello
    b = auto_world + "!"


print(Auto.a, Auto.b)
print(type.__prepare__("x", ()))
