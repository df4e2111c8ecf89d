# yield from over a plain iterator (no send/throw/close methods): send, throw and close.
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
    r = yield from It()
    yield ("returned", r)
print(list(over_plain()))
p = over_plain()
print(next(p))
print(p.send(None))
try:
    p.send("x")
except AttributeError as e:
    print("AttributeError:", e)
print(next(p, "dead after error"))
p2 = over_plain()
next(p2)
try:
    p2.throw(ValueError("into plain"))
except ValueError as e:
    print("thrown through plain iterator:", e)
p3 = over_plain()
next(p3)
print(p3.close())
print(next(p3, "closed plain"))

class WithClose(It):
    def close(self):
        print("WithClose.close called")
class WithThrow(It):
    def throw(self, exc):
        print("WithThrow.throw called with", repr(exc))
        return 99
def over(it):
    yield from it
w = over(WithClose())
next(w)
w.close()
t = over(WithThrow())
next(t)
print(t.throw(KeyError("x")))
print(next(t))
def over_list():
    yield from [1, 2, 3]
l = over_list()
next(l)
try:
    l.send(5)
except AttributeError as e:
    print("AttributeError:", e)
