# Positional-only, keyword-only, defaults, *args and **kwargs: binding and forwarding.
def describe(a, b=2, /, c=3, *args, d, e=5, **kw):
    return f"a={a} b={b} c={c} args={args} d={d} e={e} kw={dict(sorted(kw.items()))}"


print(describe(1, d=4))
print(describe(1, 20, 30, 40, 50, d=4, e=6, z=7))
print(describe(1, c=33, d=4))
print(describe(1, 2, 3, d=4, a="a as keyword goes to **kw", b="b too"))


def attempt(fn, *args, **kwargs):
    try:
        return fn(*args, **kwargs)
    except TypeError as e:
        return f"TypeError: {e}"


print(attempt(describe, 1))
print(attempt(describe, d=1))
print(attempt(describe, 1, 2, 3, 4, d=5, c=6))


def forward(*args, **kwargs):
    """Passes everything through, adding a tag."""
    return describe(*args, **{"d": "fwd", **kwargs})


print(forward(1))
print(forward(1, 2, 3, d="override", extra=True))


def pos_only(x, y, /):
    return x - y


print(pos_only(10, 3), attempt(pos_only, x=10, y=3), attempt(pos_only, 10, y=3))


def kw_only(*, width, height=1):
    return width * height


print(kw_only(width=3), kw_only(height=4, width=3), attempt(kw_only, 3), attempt(kw_only, height=2))


def collect(**options):
    return sorted(options.items())


print(collect(), collect(b=2, a=1), collect(**{"x y": 1, "": 2}))


def defaults_evaluated_once(item, bucket=[]):
    bucket.append(item)
    return list(bucket)


print(defaults_evaluated_once(1), defaults_evaluated_once(2), defaults_evaluated_once(3, []))
print(defaults_evaluated_once.__defaults__)


def safe_defaults(item, bucket=None):
    bucket = [] if bucket is None else bucket
    bucket.append(item)
    return bucket


print(safe_defaults(1), safe_defaults(2))

# introspection of signatures via code objects
code = describe.__code__
print(code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount, code.co_varnames[:code.co_argcount + code.co_kwonlyargcount])
print(describe.__defaults__, describe.__kwdefaults__)
print(kw_only.__defaults__, kw_only.__kwdefaults__)

# changing defaults at run time
def greet(name="world", *, punct="!"):
    return f"hello {name}{punct}"


greet.__defaults__ = ("there",)
print(greet(), greet("you", punct="."))

# varargs are tuples, kwargs are fresh dicts
def shapes(*args, **kwargs):
    kwargs["added"] = 1
    return type(args).__name__, type(kwargs).__name__, len(kwargs)


opts = {"a": 0}
print(shapes(1, 2, **opts), opts)

# calling with more positional than allowed
def two(a, b):
    return a + b


print(attempt(two, 1, 2, 3))
print(attempt(two, 1))
print(attempt(two, 1, 2, c=3))
print(attempt(two, 1, a=2))
print(attempt(kw_only, width=1, depth=2))
print(attempt(lambda *, k: k, 1))
print(attempt(lambda a, /, *, k: k))
