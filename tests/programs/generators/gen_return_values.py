# Return values of generators: StopIteration.value, args, tuples, None, exception objects.
def ret(v):
    yield "only"
    return v

for value in (None, 0, "s", (1, 2), [3], (), (None,), StopIteration("x"), ValueError("y")):
    g = ret(value)
    next(g)
    try:
        next(g)
    except StopIteration as e:
        print(repr(e.value), e.args, type(e.value).__name__)

def bare():
    yield 1
    return
b = bare()
next(b)
try:
    next(b)
except StopIteration as e:
    print("bare:", e.value, e.args, repr(e))

def implicit():
    yield 1
i = implicit()
next(i)
try:
    next(i)
except StopIteration as e:
    print("implicit:", e.value, e.args)

try:
    next(i)
except StopIteration as e:
    print("second time:", e.value, e.args)

def tuple_ret():
    yield
    return 1, 2
t = tuple_ret()
next(t)
try:
    t.send(None)
except StopIteration as e:
    print("tuple:", e.value, e.args, str(e))

def gen_ret_via_delegation():
    r = yield from ret((4, 5))
    return r
d = gen_ret_via_delegation()
next(d)
try:
    next(d)
except StopIteration as e:
    print("delegated:", e.value, e.args)

def loop_ret():
    total = 0
    for i in range(4):
        total += yield i
    return total
lr = loop_ret()
next(lr)
try:
    for k in (10, 20, 30, 40):
        lr.send(k)
except StopIteration as e:
    print("sum of sent:", e.value)

print(list(ret("ignored by list")))
s = StopIteration(1, 2)
print(s.value, s.args)
s2 = StopIteration()
print(s2.value, s2.args)
def early_return(n):
    for i in range(n):
        if i == 2:
            return f"stopped at {i}"
        yield i
def collect(g):
    out = []
    while True:
        try:
            out.append(next(g))
        except StopIteration as e:
            return out, e.value
print(collect(early_return(5)), collect(early_return(1)))
