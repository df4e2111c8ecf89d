# Three levels of yield from: send/throw/close travel down, values and exceptions travel back up.
def leaf(tag):
    print(f"  {tag} leaf start")
    try:
        while True:
            try:
                v = yield f"{tag}-leaf"
                print(f"  {tag} leaf got {v!r}")
            except KeyError as e:
                print(f"  {tag} leaf handles KeyError {e}")
    finally:
        print(f"  {tag} leaf finally")

def middle(tag):
    try:
        yield from leaf(tag)
    except ValueError as e:
        print(f"  {tag} middle handles ValueError {e}")
        yield f"{tag}-middle-recovered"
    finally:
        print(f"  {tag} middle finally")

def top(tag):
    try:
        yield from middle(tag)
    except IndexError as e:
        print(f"  {tag} top handles IndexError {e}")
        yield f"{tag}-top-recovered"
    return f"{tag} top done"

g = top("A")
print(next(g))
print(g.send(1))
print(g.throw(KeyError("k")))
print(g.throw(ValueError("v")))
print(g.throw(IndexError("i")))
try:
    next(g)
except StopIteration as s:
    print("stop:", s.value)

h = top("B")
next(h)
print("close ->", h.close())

j = top("C")
next(j)
try:
    j.throw(TypeError("unhandled everywhere"))
except TypeError as e:
    print("escaped:", e)

def yf_chain():
    v = yield from (x for x in range(3))
    print("genexpr returned", v)
    w = yield from iter([7])
    print("list iterator returned", w)
print(list(yf_chain()))
def nested_start():
    yield from nested_inner()
def nested_inner():
    x = yield "first"
    yield x
ns = nested_start()
try:
    ns.send("early")
except TypeError as e:
    print("just started:", e)
print(next(ns), ns.send("second"))
def inner_ignores():
    try:
        yield
    except GeneratorExit:
        print("  inner refuses to die")
    yield "refused"
def outer_of_ignorer(inner):
    yield from inner
inner = inner_ignores()
oi = outer_of_ignorer(inner)
next(oi)
try:
    oi.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print(oi.gi_suspended, oi.gi_yieldfrom is not None, inner.gi_suspended)
print(next(inner, "inner finished"), inner.gi_suspended)
