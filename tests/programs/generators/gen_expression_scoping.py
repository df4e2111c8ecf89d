# Generator expressions: first iterable evaluated eagerly, the rest lazily; own scope.
def src(name, n):
    print("building", name)
    return range(n)

g = (x for x in src("outer", 3))
print("created")
print(list(g))

g2 = (x * y for x in src("A", 2) for y in src("B", 2))
print("created g2")
print(next(g2))
print(list(g2))

try:
    g3 = (x for x in 42)
except TypeError as e:
    print("eager error:", e)

g4 = (1 / x for x in [1, 0])
print("no error yet")
print(next(g4))
try:
    next(g4)
except ZeroDivisionError as e:
    print("lazy error:", e)

x = "global"
g5 = (x for x in "ab")
print(list(g5), x)

def f():
    n = 10
    g = (n + i for i in range(3))
    n = 100
    return list(g)
print(f())

class C:
    items = [1, 2, 3]
    doubled = list(i * 2 for i in items)
    try:
        bad = list(i for i in range(2) if i in items)
    except NameError as e:
        bad = str(e)
print(C.doubled, C.bad)

def effects():
    out = []
    def log(v):
        out.append(v)
        return v
    g = (log(i) for i in range(5) if log(-i) is not None)
    print(out)
    next(g)
    print(out)
    next(g)
    print(out)
effects()
gen = (i for i in range(3))
print(type(gen).__name__, gen.__name__, gen.__qualname__)
print(list(gen), list(gen))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
print(sum(x for x in range(10) if x % 2), list(x for x in [] if x))
