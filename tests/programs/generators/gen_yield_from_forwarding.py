# yield from forwards send(), throw() and close() to the subgenerator.
def inner():
    print("inner start")
    try:
        while True:
            try:
                x = yield "inner ready"
                print("inner received", x)
            except ValueError as e:
                print("inner caught", e)
                yield "inner recovered"
    finally:
        print("inner finally")

def outer():
    try:
        result = yield from inner()
        print("never", result)
    finally:
        print("outer finally")

g = outer()
print(next(g))
print(g.send(1))
print(g.send("two"))
print(g.throw(ValueError("v")))
print(next(g))
g.close()
print("closed")

def leaf():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v

def middle():
    r = yield from leaf()
    print("middle got", r)
    return r * 2

def top():
    r = yield from middle()
    print("top got", r)
    yield "top done"

t = top()
next(t)
for v in (1, 2, 3):
    print(t.send(v))
print(t.send(None))

def thrower_inner():
    yield 1
    yield 2
def thrower_outer():
    try:
        yield from thrower_inner()
    except KeyError as e:
        print("outer caught from inner", repr(e))
        yield "handled in outer"
o = thrower_outer()
next(o)
print(o.throw(KeyError("k")))

def ret_inner():
    try:
        yield 1
    except GeneratorExit:
        print("inner GeneratorExit")
        raise
def ret_outer():
    try:
        yield from ret_inner()
    except GeneratorExit:
        print("outer GeneratorExit")
        raise
ro = ret_outer()
next(ro)
print(ro.close())

def stop_inner():
    try:
        yield 1
    except ZeroDivisionError:
        return "inner returned after throw"
def stop_outer():
    v = yield from stop_inner()
    yield v
so = stop_outer()
next(so)
print(so.throw(ZeroDivisionError))

class It:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i
def over_plain():
    yield from It()
p = over_plain()
print(next(p))
try:
    p.send("x")
except AttributeError as e:
    print("AttributeError:", e)
p2 = over_plain()
next(p2)
try:
    p2.throw(ValueError("into plain"))
except ValueError as e:
    print("thrown through plain iterator:", e)
p3 = over_plain()
next(p3)
p3.close()
print(next(p3, "closed plain"))
