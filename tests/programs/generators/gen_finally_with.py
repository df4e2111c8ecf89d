# try/finally and with statements inside generators that run to completion or are closed.
class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return False

def reader(name, lines):
    with Resource(name) as r:
        for line in lines:
            yield f"{r.name}:{line}"
    print("after with", name)

for item in reader("A", ["x", "y"]):
    print(item)

def nested():
    try:
        try:
            yield 1
            yield 2
        finally:
            print("inner finally")
        yield 3
    finally:
        print("outer finally")

print(list(nested()))
n = nested()
next(n)
n.close()
n2 = nested()
next(n2); next(n2); next(n2)
n2.close()

def finally_yields():
    try:
        yield "body"
    finally:
        yield "from finally"
print(list(finally_yields()))

def with_and_exception():
    with Resource("E"):
        yield "before"
        raise ValueError("inside with")

g = with_and_exception()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("got", e)

class Suppress:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print("suppressing", et.__name__ if et else None)
        return True

def suppressing():
    with Suppress():
        yield 1
        raise KeyError
    yield "after suppressed"
print(list(suppressing()))

def thrown_in_with():
    with Resource("T"):
        yield 1
        yield 2
t = thrown_in_with()
next(t)
try:
    t.throw(IndexError("thrown"))
except IndexError as e:
    print("thrown out", e)

def closed_in_with():
    with Resource("C"):
        yield 1
c = closed_in_with()
next(c)
c.close()
def return_in_finally():
    try:
        yield 1
    finally:
        print("cleanup before return value")
    return "rv"
r = return_in_finally()
print(next(r))
try:
    next(r)
except StopIteration as s:
    print("rv:", s.value)
def multi_with():
    with Resource("M1") as a, Resource("M2") as b:
        yield a.name + b.name
print(list(multi_with()))
