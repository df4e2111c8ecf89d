# Exception state across yields: sys.exc_info(), __context__, raise inside except after resume.
import sys

def in_handler():
    try:
        raise KeyError("original")
    except KeyError:
        print("before yield:", sys.exc_info()[0].__name__)
        yield 1
        print("after resume:", sys.exc_info()[0].__name__)
        yield 2
    print("after try:", sys.exc_info())

g = in_handler()
print(next(g))
print("outside, between resumes:", sys.exc_info())
print(next(g))
print(next(g, "end"))

def reraise():
    try:
        raise ValueError("first")
    except ValueError:
        yield "in except"
        raise TypeError("second")

r = reraise()
next(r)
try:
    next(r)
except TypeError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))

def outer_context():
    try:
        raise IndexError("caller's")
    except IndexError:
        return next(leaky)

def leaky_gen():
    raise RuntimeError("inside generator")
    yield

leaky = leaky_gen()
try:
    outer_context()
except RuntimeError as e:
    print("context from caller:", repr(e.__context__))

def from_cause():
    try:
        yield
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e

f = from_cause()
next(f)
try:
    f.throw(ZeroDivisionError("zero"))
except ValueError as e:
    print("cause:", repr(e.__cause__))

def catch_and_yield():
    while True:
        try:
            yield
        except Exception as e:
            print("caught", type(e).__name__, "exc_info inside:", sys.exc_info()[0].__name__)
c = catch_and_yield()
next(c)
c.throw(KeyError)
c.throw(ValueError("v"))
print("exc_info after:", sys.exc_info())

def gen_sees_caller_exc():
    yield sys.exc_info()[0]
try:
    raise OSError
except OSError:
    print("inside caller's except:", next(gen_sees_caller_exc()))
