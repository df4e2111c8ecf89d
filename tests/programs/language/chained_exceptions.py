# Exception chaining: implicit __context__, explicit __cause__, suppression, and an uncaught chain.
def parse_port(text):
    try:
        return int(text)
    except ValueError as e:
        raise LookupError(f"bad port {text!r}") from e


def load(config):
    try:
        return parse_port(config["port"])
    except KeyError:
        raise RuntimeError("port missing")


for cfg in ({"port": "80"}, {"port": "eighty"}, {}):
    try:
        print("port", load(cfg))
    except (LookupError, RuntimeError) as e:
        cause = e.__cause__
        ctx = e.__context__
        print(type(e).__name__, e, "| cause:", repr(cause), "| context:", repr(ctx), "| suppress:", e.__suppress_context__)

# raise ... from None hides the context but keeps it
try:
    try:
        {}["k"]
    except KeyError:
        raise ValueError("clean") from None
except ValueError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)

# context is set on exceptions raised inside finally
try:
    try:
        raise TypeError("first")
    finally:
        try:
            raise OSError("second")
        except OSError as inner:
            print("inner context:", repr(inner.__context__))
except TypeError as e:
    print("outer still:", repr(e))

# a chain of three, walked by hand
def level3():
    raise KeyError("root cause")


def level2():
    try:
        level3()
    except KeyError as e:
        raise ValueError("middle") from e


def level1():
    try:
        level2()
    except ValueError:
        raise RuntimeError("top")


try:
    level1()
except RuntimeError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(f"{type(cur).__name__}({cur})")
        cur = cur.__cause__ or cur.__context__
    print(" <- ".join(chain))

# setting __cause__ by hand
err = ValueError("manual")
err.__cause__ = KeyError("attached")
print(repr(err.__cause__), err.__suppress_context__)
try:
    err.__cause__ = "not an exception"
except TypeError as e:
    print("TypeError:", e)

# args and str of exceptions
for ex in (ValueError(), ValueError("one"), ValueError("a", 2), KeyError("k"), KeyError("a", "b"), OSError(2, "No such file")):
    print(type(ex).__name__, ex.args, repr(str(ex)))

# the uncaught chain prints both tracebacks
def convert(values):
    out = []
    for v in values:
        try:
            out.append(int(v))
        except ValueError as e:
            raise TypeError(f"cannot convert {v!r}") from e
    return out


print(convert(["1", "2"]))
print(convert(["3", "x4"]))
