def counted(fn):
    def wrapper(*args):
        wrapper.calls += 1
        return fn(*args)
    wrapper.calls = 0
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    wrapper.wrapped = fn
    return wrapper


@counted
def add(a: int, b: int = 2) -> int:
    """Adds two numbers."""
    return a + b


print(add(1), add(1, 5), add.calls, add.__name__, add.__doc__, add.wrapped.__name__)
print(add.wrapped.__annotations__, add.wrapped.__defaults__, add.__dict__ == {"calls": 2, "wrapped": add.wrapped})
del add.calls
try:
    add.calls
except AttributeError as e:
    print("AttributeError", e)


def kw(*, a=1, b):
    return a, b


print(kw.__kwdefaults__, kw.__name__, kw.__module__, add.__qualname__)


def make():
    x = 1

    def inner():
        return x
    return inner


print(len(make().__closure__), make.__closure__, type(make.__globals__).__name__)
