# Argument-count and keyword errors of generator methods (messages come from CPython's arg parsing).
# The deprecated 2/3-argument throw() forms warn on stderr, so the program ends with an uncaught error.
def g():
    yield 1
    yield 2

def attempt(label, fn):
    try:
        fn()
    except TypeError as e:
        print(label, "->", e)
    except Exception as e:
        print(label, "-> unexpected", type(e).__name__, e)

gen = g()
attempt("close(1)", lambda: gen.close(1))
attempt("close(x=1)", lambda: gen.close(x=1))
attempt("send(value=1)", lambda: gen.send(value=1))
attempt("throw(typ=ValueError)", lambda: gen.throw(typ=ValueError))
attempt("throw(4 args)", lambda: gen.throw(ValueError, None, None, None))
attempt("__next__(1)", lambda: gen.__next__(1))
print("still alive:", next(gen))
attempt("throw(type, value, 5)", lambda: gen.throw(ValueError, ValueError("x"), 5))
attempt("throw(instance, value)", lambda: gen.throw(ValueError("a"), "b"))
print("still alive:", next(gen))
next(gen)
