# Lazy evaluation order: print side effects show when each stage runs.
def source(n):
    for i in range(n):
        print(f"  source yields {i}")
        yield i

def double(it):
    for x in it:
        print(f"  double got {x}")
        yield x * 2

def only_big(it, limit):
    for x in it:
        if x > limit:
            print(f"  only_big passes {x}")
            yield x
        else:
            print(f"  only_big drops {x}")

print("building pipeline")
p = only_big(double(source(5)), 3)
print("pipeline built")
print("first:", next(p))
print("second:", next(p))
print("rest:", list(p))

print("genexpr chain")
a = (print("  a", i) or i for i in range(3))
b = (print("  b", x) or x + 10 for x in a)
print("built")
for v in b:
    print("got", v)

print("zip stops early")
def noisy(tag, n):
    for i in range(n):
        print("  ", tag, i)
        yield i
print(list(zip(noisy("L", 3), noisy("R", 2))))

print("any short-circuit")
print(any(x == 1 for x in noisy("any", 5)))
print("map/filter are lazy")
m = map(lambda v: print("  map", v) or v, noisy("m", 2))
print("map built")
print(list(m))
def start_marker():
    print("  body started")
    yield "x"
print("calling start_marker")
sm = start_marker()
print("called")
print(next(sm))
def arg_eval(x):
    print("  arg_eval body", x)
    yield x
gen = arg_eval(print("evaluating argument") or 7)
print("before next")
print(next(gen))
