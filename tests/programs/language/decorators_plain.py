# Function decorators built from closures (no classes, no functools).
calls = []


def logged(fn):
    def wrapper(*args, **kwargs):
        calls.append(f"{fn.__name__}{args}")
        return fn(*args, **kwargs)
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    wrapper.__wrapped__ = fn
    return wrapper


def repeat(times):
    def decorate(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return decorate


def memoize(fn):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper


def validate(**types):
    def decorate(fn):
        names = fn.__code__.co_varnames[:fn.__code__.co_argcount]

        def wrapper(*args):
            for name, value in zip(names, args):
                expected = types.get(name)
                if expected is not None and not isinstance(value, expected):
                    raise TypeError(f"{fn.__name__}: {name} must be {expected.__name__}, got {type(value).__name__}")
            return fn(*args)
        return wrapper
    return decorate


@logged
def add(a, b):
    """Adds two numbers."""
    return a + b


@repeat(3)
def shout(word):
    return word.upper() + "!"


@memoize
def slow_fib(n):
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)


@validate(x=int, label=str)
def tag(x, label):
    return f"{label}#{x}"


@logged
@repeat(2)
def pair(x):
    return x * 2


print(add(2, 3), add.__name__, add.__doc__, add.__wrapped__(10, 20))
print(shout("hey"))
print(slow_fib(80), len(slow_fib.cache))
print(tag(7, "item"))
try:
    tag("7", "item")
except TypeError as e:
    print("TypeError:", e)
print(pair(21))
print(calls)

# decorator order: bottom first
order = []


def mark(label):
    def decorate(fn):
        order.append(label)
        def wrapper():
            return label + "(" + fn() + ")"
        return wrapper
    return decorate


@mark("outer")
@mark("middle")
@mark("inner")
def core():
    return "core"


print(order, core())

# registry decorator returning the function unchanged
handlers = {}


def on(event):
    def register(fn):
        handlers.setdefault(event, []).append(fn)
        return fn
    return register


@on("start")
def first_start():
    return "first"


@on("start")
def second_start():
    return "second"


@on("stop")
def only_stop():
    return "stop"


for event in sorted(handlers):
    print(event, [h() for h in handlers[event]])

# counting calls with a function attribute
def counted(fn):
    def wrapper(*a):
        wrapper.count += 1
        return fn(*a)
    wrapper.count = 0
    return wrapper


@counted
def noop(*a):
    return len(a)


for i in range(5):
    noop(*range(i))
print("noop called", noop.count, "times")

# a decorator that swallows exceptions and returns a default
def fallback(default):
    def decorate(fn):
        def wrapper(*args):
            try:
                return fn(*args)
            except (ZeroDivisionError, ValueError) as e:
                return (default, type(e).__name__)
        return wrapper
    return decorate


@fallback(0)
def ratio(a, b):
    return a / b


@fallback(-1)
def parse(s):
    return int(s)


print(ratio(6, 3), ratio(1, 0), parse("12"), parse("twelve"))
print(parse.__name__, parse.__qualname__)
