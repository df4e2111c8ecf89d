# try/except/else/finally: every path, with returns, breaks and continues.
trace = []


def run(kind):
    trace.clear()
    try:
        trace.append("try")
        if kind == "value":
            raise ValueError("bad value")
        if kind == "key":
            {}["missing"]
        if kind == "zero":
            1 / 0
        if kind == "return":
            return "returned from try"
        trace.append("try-end")
    except ValueError as e:
        trace.append(f"except ValueError({e})")
    except (KeyError, IndexError) as e:
        trace.append(f"except lookup {e!r}")
    else:
        trace.append("else")
    finally:
        trace.append("finally")
    trace.append("after")
    return "normal"


for k in ["none", "value", "key", "return"]:
    r = run(k)
    print(k, r, trace)
try:
    run("zero")
except ZeroDivisionError:
    print("zero escaped:", trace)


def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"


def finally_swallows():
    try:
        raise RuntimeError("lost")
    finally:
        return "swallowed"


print(finally_overrides(), finally_swallows())


def loop_control():
    out = []
    for i in range(6):
        try:
            if i == 1:
                continue
            if i == 4:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out


print(loop_control())


def nested_handlers(n):
    log = []
    try:
        try:
            if n == 0:
                raise KeyError(n)
            if n == 1:
                raise TypeError("inner type")
            log.append("no error")
        except KeyError:
            log.append("inner caught key")
            raise ValueError("converted") from None
        finally:
            log.append("inner finally")
    except ValueError as e:
        log.append(f"outer caught {e}")
    except TypeError as e:
        log.append(f"outer caught type {e}")
    return log


for n in range(3):
    print(n, nested_handlers(n))

# the exception variable is deleted after the handler
try:
    raise LookupError("gone")
except LookupError as err:
    saved = err
try:
    err
except NameError as e:
    print("NameError:", e)
print("saved:", repr(saved))

# bare raise re-raises the current exception
def reraise():
    try:
        int("x")
    except ValueError:
        print("handling, then re-raising")
        raise


try:
    reraise()
except ValueError as e:
    print("re-raised:", e)

# sys.exception inside and outside handlers
import sys
print(sys.exception(), sys.exc_info())
try:
    raise IndexError("idx")
except IndexError:
    v = sys.exception()
    print(type(v).__name__, v)
    try:
        raise KeyError("inner")
    except KeyError:
        print("nested:", repr(sys.exception()))
    print("back to:", repr(sys.exception()))
print(sys.exception())

# else runs only without an exception, and its exceptions are not caught by the same try
def else_raises():
    try:
        pass
    except ZeroDivisionError:
        return "caught"
    else:
        1 / 0


try:
    else_raises()
except ZeroDivisionError as e:
    print("from else:", e)

# while loop with try/finally and counting
count = 0
while True:
    try:
        count += 1
        if count == 3:
            break
    finally:
        print("finally at", count)
print("count", count)

# except clause with an expression for the type
handlers = (ArithmeticError, LookupError)
for bad in (lambda: 1 / 0, lambda: [][1], lambda: {}[1], lambda: 2 ** 10000.0):
    try:
        bad()
    except handlers as e:
        print("handled", type(e).__name__, "-", e)
