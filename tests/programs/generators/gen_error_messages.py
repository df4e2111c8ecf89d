# Error messages around generators.
def g():
    x = yield 1
    yield x

gen = g()
try:
    gen.send("value")
except TypeError as e:
    print("TypeError:", e)
print(gen.send(None))

try:
    next(iter(5))
except TypeError as e:
    print(e)

def yf(obj):
    yield from obj
for bad in (5, 3.5, None, object()):
    try:
        list(yf(bad))
    except TypeError as e:
        print("yield from:", e)

try:
    gen.send()
except TypeError as e:
    print("send():", e)
try:
    gen.send(1, 2)
except TypeError as e:
    print("send(1, 2):", e)
try:
    gen.throw()
except TypeError as e:
    print("throw():", e)
try:
    gen.throw("string")
except TypeError as e:
    print("throw(str):", e)
try:
    next(gen, 1, 2)
except TypeError as e:
    print("next:", e)
try:
    g()[0]
except TypeError as e:
    print("subscript:", e)
try:
    len(g())
except TypeError as e:
    print("len:", e)
try:
    g().nope
except AttributeError as e:
    print("attr:", e)
try:
    for a, b in (x for x in [1]):
        pass
except TypeError as e:
    print("unpack:", e)
try:
    a, b = (x for x in range(3))
except ValueError as e:
    print("unpack:", e)
try:
    a, b, c = (x for x in range(2))
except ValueError as e:
    print("unpack:", e)
try:
    sum(x for x in ["a"])
except TypeError as e:
    print("sum:", e)
def raiser():
    yield 1
    raise ValueError("from generator")
try:
    for v in raiser():
        print("value", v)
except ValueError as e:
    print("propagated:", e)
try:
    type(g())()
except TypeError as e:
    print("construct:", e)
print(g() == g(), g() != g())
x = g()
print(x == x)
try:
    g() < g()
except TypeError as e:
    print("compare:", e)
