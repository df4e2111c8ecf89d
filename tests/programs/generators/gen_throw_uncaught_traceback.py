# An exception thrown into a delegating generator and not handled: traceback frames of throw().
def inner():
    yield 1
    yield 2

def outer():
    yield from inner()

g = outer()
print(next(g))
g.throw(KeyError("thrown and not handled"))
