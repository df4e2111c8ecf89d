# Functions are descriptors: __get__ creates bound methods; a custom callable descriptor.
def hello(self, who="world"):
    return f"{type(self).__name__} says hello to {who}"


class A:
    pass


a = A()
bound = hello.__get__(a, A)
print(bound(), bound("you"), bound.__self__ is a, type(bound).__name__)
print(hello.__get__(None, A) is hello)


class Method:
    """A descriptor that binds like a function and counts calls."""

    def __init__(self, fn):
        self.fn = fn
        self.calls = 0

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        def bound(*args, **kwargs):
            self.calls += 1
            return self.fn(obj, *args, **kwargs)
        bound.__name__ = self.fn.__name__
        return bound


class B:
    def __init__(self, v):
        self.v = v

    @Method
    def show(self, prefix=""):
        return f"{prefix}{self.v}"


b = B(5)
print(b.show(), b.show(">"), B(6).show("#"), B.show.calls)
print(type(B.show).__name__, b.show.__name__)


class classproperty:
    def __init__(self, fget):
        self.fget = fget

    def __get__(self, obj, owner):
        return self.fget(owner)


class C:
    _registry = ["x", "y"]

    @classproperty
    def size(cls):
        return len(cls._registry)


class D(C):
    _registry = ["only"]


print(C.size, D.size, C().size, D().size)


class Partial:
    def __init__(self, fn, *args):
        self.fn, self.args = fn, args

    def __get__(self, obj, owner):
        return lambda *more: self.fn(obj, *self.args, *more)


class E:
    def add(self, a, b, c):
        return (type(self).__name__, a + b + c)

    add_ten = Partial(add, 10)


print(E().add_ten(1, 2), E().add(1, 2, 3))
print(A.__dict__.get("missing", "no"), len.__get__ if hasattr(len, "__get__") else "builtin has no __get__")
