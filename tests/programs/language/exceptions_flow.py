def f(n):
    try:
        if n == 0:
            raise ValueError("zero")
        if n == 1:
            return 1 / 0
        return n
    except ValueError as e:
        print("value error:", e)
        return -1
    except ZeroDivisionError as e:
        print("zero division:", e)
        return -2
    else:
        print("no exception for", n)
    finally:
        print("finally", n)

for n in range(3):
    print("result", f(n))

def nested():
    try:
        try:
            raise KeyError("inner")
        except KeyError as e:
            raise RuntimeError("outer") from e
    except RuntimeError as e:
        print(repr(e), repr(e.__cause__), e.__context__ is e.__cause__)

nested()

def implicit_context():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise ValueError("while handling")
    except ValueError as e:
        print(repr(e.__context__), e.__cause__)
implicit_context()

def reraise():
    try:
        try:
            raise IndexError("idx")
        except IndexError:
            print("handling, re-raising")
            raise
    except LookupError as e:
        print("caught as LookupError:", type(e).__name__, e)
reraise()

try:
    raise TypeError
except (ValueError, TypeError) as e:
    print("tuple match", type(e).__name__, repr(e), e.args)

def finally_return():
    try:
        return "try"
    finally:
        print("finally runs before return")
print(finally_return())

for i in range(4):
    try:
        if i % 2:
            continue
        print("even", i)
    finally:
        print("cleanup", i)

try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("assert:", e)

e = None
try:
    int("x")
except ValueError as err:
    e = err
print(type(e).__name__, e)
try:
    print(err)
except NameError as ne:
    print("NameError:", ne)

class_errors = [KeyError, IndexError, ZeroDivisionError, ArithmeticError, Exception]
print([issubclass_like.__name__ for issubclass_like in class_errors])
raise SystemExit(0)
