# lambdas as values: dispatch tables, sort keys, defaults, and immediate calls.
ops = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b if b else float("inf"),
    "//": lambda a, b: a // b,
    "**": lambda a, b: a ** b,
    "max": lambda *xs: max(xs),
}
for sym in ["+", "-", "*", "/", "//", "**"]:
    print(f"7 {sym} 3 =", ops[sym](7, 3))
print(ops["/"](1, 0), ops["max"](4, 9, 2))

# sort keys with lambdas, including tuple keys and reverse
people = [("Ann", 31, "Oslo"), ("bob", 25, "Rome"), ("Cid", 31, "Bern"), ("dee", 19, "Oslo")]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0].lower())))
print(sorted(people, key=lambda p: p[2], reverse=True))
print(max(people, key=lambda p: len(p[2] + p[0])))
print(min(people, key=lambda p: (p[2], -p[1])))

# immediately invoked lambda and nested lambdas
print((lambda x, y=2: x ** y)(5))
adder = lambda n: lambda x: x + n
print(adder(10)(5), list(map(adder(3), [1, 2, 3])))

# lambda with default capturing, keyword-only and varargs
f = lambda a, *rest, sep=", ", **kw: sep.join([str(a), *map(str, rest), *[f"{k}={v}" for k, v in sorted(kw.items())]])
print(f(1))
print(f(1, 2, 3, sep="|"))
print(f("x", z=1, y=2))

# lambda names and repr-free introspection
print(f.__name__, f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__defaults__, f.__kwdefaults__)

# lambdas in filter/map chains
nums = range(1, 21)
print(list(filter(lambda n: n % 3 == 0, nums)))
print(list(map(lambda n, m: n * m, nums, reversed(nums)))[:5])
print(sum(map(lambda n: n * n, filter(lambda n: n % 2, nums))))

# conditional lambda selection
def choose(kind):
    return {
        "upper": lambda s: s.upper(),
        "title": lambda s: s.title(),
        "rev": lambda s: s[::-1],
    }.get(kind, lambda s: s)


for kind in ["upper", "title", "rev", "none"]:
    print(kind, choose(kind)("hello world"))

# a tiny state machine driven by lambdas
transitions = {
    ("idle", "start"): lambda ctx: ("running", ctx + 1),
    ("running", "pause"): lambda ctx: ("paused", ctx),
    ("paused", "start"): lambda ctx: ("running", ctx + 1),
    ("running", "stop"): lambda ctx: ("idle", 0),
}
state, ctx = "idle", 0
for ev in ["start", "pause", "start", "bogus", "stop", "start"]:
    step = transitions.get((state, ev))
    if step is None:
        print(f"ignored {ev} in {state}")
        continue
    state, ctx = step(ctx)
    print(ev, "->", state, ctx)

# errors from lambdas carry <lambda> in the traceback
bad = lambda d: d["missing"]
try:
    bad({})
except KeyError as e:
    print("KeyError", e)
print((lambda: 1 / 0)())
