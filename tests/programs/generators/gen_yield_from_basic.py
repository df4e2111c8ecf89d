# yield from over various iterables, and return values of subgenerators.
def from_list():
    yield from [1, 2, 3]
    yield from (4, 5)
    yield from range(6, 9)
    yield from "ab"
    yield from {"k": 1, "j": 2}
    yield from b"\x01\x02"

print(list(from_list()))

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n

def from_user():
    yield from Countdown(3)
    yield "end"
print(list(from_user()))

class IterableOnly:
    def __iter__(self):
        return iter([10, 20])
def from_iterable():
    r = yield from IterableOnly()
    yield ("result", r)
print(list(from_iterable()))

def sub(n):
    for i in range(n):
        yield i
    return n * 100

def delegator():
    a = yield from sub(2)
    b = yield from sub(0)
    c = yield from sub(1)
    yield (a, b, c)
print(list(delegator()))

def returns_tuple():
    return (1, 2)
    yield
def unpack():
    x, y = yield from returns_tuple()
    yield x + y
print(list(unpack()))

def returns_stopiteration_like():
    return StopIteration("inner")
    yield
def check():
    v = yield from returns_stopiteration_like()
    yield type(v).__name__, v.args
print(list(check()))

def gen_expr_delegate():
    yield from (x * x for x in range(4))
print(list(gen_expr_delegate()))

def empty():
    return "nothing"
    yield
def outer():
    v = yield from empty()
    print("empty returned", v)
    yield v
print(list(outer()))
def bad():
    yield from 5
try:
    list(bad())
except TypeError as e:
    print("TypeError:", e)
def bad_none():
    yield from None
try:
    next(bad_none())
except TypeError as e:
    print("TypeError:", e)
def iter_returning_non_iterator():
    class Weird:
        def __iter__(self):
            return 3
    yield from Weird()
try:
    next(iter_returning_non_iterator())
except TypeError as e:
    print("TypeError:", e)
