# yield as an expression in many positions.
def positions():
    a = yield "plain"
    print("a =", a)
    b = (yield "paren") + 1
    print("b =", b)
    c = [(yield "in list"), (yield "second in list")]
    print("c =", c)
    d = {"k": (yield "in dict")}
    print("d =", d)
    print("call arg:", (yield "as argument"))
    e = 10
    e += yield "augmented"
    print("e =", e)
    f = yield
    print("f =", f)
    g = yield None
    print("g =", g)
    h = yield 1, 2
    print("h =", h)
    if (yield "in condition"):
        print("condition true")
    while (yield "in while") != "stop":
        print("loop body")
    return "finished"

gen = positions()
print(next(gen))
values = [5, 7, "x", "y", {"v"}, "arg", 32, "F", "G", "H", True, "go", "go", "stop"]
try:
    for v in values:
        print("->", gen.send(v))
except StopIteration as s:
    print("stop", s.value)

lam = lambda: (yield 42)
lg = lam()
print(type(lg).__name__, next(lg))
try:
    lg.send("into lambda")
except StopIteration as s:
    print("lambda returned", s.value)

def yield_star():
    yield [*(yield "first")]
ys = yield_star()
print(next(ys), ys.send("abc"))

def chained():
    x = yield (yield (yield 1))
    print("chained x =", x)
ch = chained()
print(next(ch), ch.send(2), ch.send(3))
try:
    ch.send(4)
except StopIteration:
    print("chained done")

def ternary(flag):
    v = (yield "yes") if flag else (yield "no")
    yield v
t = ternary(False)
print(next(t), t.send("picked"))
def in_fstring():
    yield f"{(yield 'inner')}!"
fs = in_fstring()
print(next(fs), fs.send("outer"))
def yield_in_subscript():
    d = {"a": 1, "b": 2}
    yield d[(yield "key?")]
s = yield_in_subscript()
print(next(s), s.send("b"))
