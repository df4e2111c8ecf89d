# __call__ makes instances callable; callable(); call errors.
class Adder:
    def __init__(self, n):
        self.n = n
        self.calls = 0

    def __call__(self, x, *rest, scale=1):
        self.calls += 1
        return (self.n + x + sum(rest)) * scale


add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(x=2, scale=10), add5.calls)
print(list(map(add5, [10, 20])), callable(add5), callable(Adder))
print(sorted([3, 1, 2], key=Adder(-1)))


class NotCallable:
    pass


print(callable(NotCallable()))
try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)
try:
    add5()
except TypeError as e:
    print("TypeError:", e)
try:
    add5(1, y=2)
except TypeError as e:
    print("TypeError:", e)


class Compose:
    def __init__(self, *fns):
        self.fns = fns

    def __call__(self, x):
        for f in reversed(self.fns):
            x = f(x)
        return x


pipeline = Compose(str, Adder(1), abs)
print(pipeline(-10), repr(pipeline(-3)))


class CallViaInstanceAttr:
    pass


obj = CallViaInstanceAttr()
obj.__call__ = lambda: "instance call"
print(obj.__call__())
try:
    obj()
except TypeError as e:
    print("TypeError:", e)


class Chain:
    def __call__(self):
        return self


c = Chain()
print(c()()() is c)
try:
    five = 5
    five()
except TypeError as e:
    print("TypeError:", e)
try:
    s = "str"
    s()
except TypeError as e:
    print("TypeError:", e)
