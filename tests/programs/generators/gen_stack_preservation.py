# Values on the evaluation stack survive a suspension: yield in the middle of expressions.
def f(*args, **kw):
    return (args, kw)

def mid_expression():
    a = f(1, (yield "arg2"), 3, k=(yield "kw"))
    print("call:", a)
    b = [10, (yield "list elem"), 30] + [(yield "concat")]
    print("list:", b)
    c = 100 - (yield "binop") * 2
    print("binop:", c)
    d = 1 < (yield "compare") < 10
    print("chain compare:", d)
    e = {(yield "key"): (yield "value"), "fixed": 0}
    print("dict:", e)
    s = "abc"[(yield "index")]
    print("subscript:", s)
    t = f"{'x'}-{(yield 'fstring')}-{'y'}"
    print("fstring:", t)
    u = (yield "and") and (yield "and rhs")
    print("and:", u)
    for item in [1, 2]:
        v = item * (yield f"in loop {item}")
        print("loop:", v)
    with Ctx() as ctx:
        w = ctx + (yield "in with")
    print("with:", w)
    x = {*"ab", (yield "set")}
    print("set:", sorted(x))
    y = (lambda p, q: p ** q)((yield "lambda arg"), 2)
    print("lambda:", y)

class Ctx:
    def __enter__(self):
        return 1000
    def __exit__(self, *a):
        print("ctx exit")

g = mid_expression()
print(next(g))
sends = [2, "K", 20, 40, 7, 5, "key", "val", 1, "F", True, "rhs", 3, 4, 5, "c", 9]
try:
    for v in sends:
        print("<-", g.send(v))
except StopIteration:
    print("finished")

def iterator_on_stack():
    for a in range(2):
        for b in "xy":
            got = yield (a, b)
            print("got", got, "at", a, b)
it = iterator_on_stack()
print(next(it))
for k in range(3):
    print(it.send(k))
