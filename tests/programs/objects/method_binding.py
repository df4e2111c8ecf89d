# What gets bound: functions bind, builtins and staticmethods don't, instance-attr functions don't.
def free(self, x=0):
    return f"free({type(self).__name__}, {x})"


class K:
    f = free
    length = len
    lam = lambda self: "lambda bound"
    st = staticmethod(free)

    def m(self):
        return "m"


k = K()
print(k.f(), k.f(5), K.f(k, 6), k.lam())
print(k.length([1, 2, 3]))
print(k.st(k, 1))
k.g = free
try:
    k.g()
except TypeError as e:
    print("TypeError:", e)
print(k.g("explicit"))
print(type(k.m).__name__, type(K.m).__name__, type(k.length).__name__)
print(k.m == k.m, k.m is k.m, k.m.__func__ is K.m)
other = K()
print(k.m == other.m, k.m.__self__ is k)
bm = k.m
K.m = lambda self: "replaced"
print(bm(), k.m())
print(K.__dict__["f"] is free, k.f.__func__ is free)


class Counter:
    def __init__(self):
        self.n = 0

    def inc(self):
        self.n += 1
        return self.n


c = Counter()
inc = c.inc
for _ in range(3):
    inc()
print(c.n, list(map(Counter.inc, [c, c])), c.n)
ops = [c.inc, Counter().inc]
print([op() for op in ops])
unbound = Counter.inc
try:
    unbound()
except TypeError as e:
    print("TypeError:", e)
print(callable(k.m), hasattr(k.m, "__self__"), hasattr(free, "__self__"))
