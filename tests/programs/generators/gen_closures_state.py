# Generators with closures, nonlocal, globals and default arguments; locals survive suspension.
counter = 0

def make_counter_gen(step):
    calls = 0
    def gen(start):
        nonlocal calls
        calls += 1
        n = start
        while True:
            yield n
            n += step
    def get_calls():
        return calls
    return gen, get_calls

gen, calls = make_counter_gen(3)
a, b = gen(0), gen(100)
print(next(a), next(b), next(a), next(b), next(a), calls())

def global_mutator():
    global counter
    while True:
        counter += 1
        yield counter

gm = global_mutator()
next(gm); next(gm)
print("counter", counter)

def defaults(x=[], tag="t"):
    x.append(tag)
    yield list(x)
print(next(defaults()), next(defaults()), next(defaults(tag="u")))

def locals_survive():
    a = 1
    b = [a]
    yield locals_snapshot(a, b)
    a += 1
    b.append(a)
    yield locals_snapshot(a, b)
def locals_snapshot(*v):
    return v
print(list(locals_survive()))

def make_gens():
    return [(lambda i=i: (yield i))() for i in range(3)]
print([next(g) for g in make_gens()])

def late_binding():
    gens = [(i * k for k in range(2)) for i in range(3)]
    return [list(g) for g in gens]
print(late_binding())

def closure_inside_gen():
    funcs = []
    for i in range(3):
        def f(i=i):
            return i * i
        funcs.append(f)
        yield [fn() for fn in funcs]
print(list(closure_inside_gen()))

def cell_updated_between_yields():
    x = 0
    def read():
        return x
    yield read()
    x = 5
    yield read()
print(list(cell_updated_between_yields()))
def gen_factory(n):
    def inner():
        for i in range(n):
            yield i + n
    return inner
print(list(gen_factory(3)()), list(gen_factory(1)()))
def shared_iterator():
    it = iter(range(10))
    def evens():
        for x in it:
            if x % 2 == 0:
                yield x
    return evens(), it
ev, raw = shared_iterator()
print(next(ev), next(raw), next(ev), next(raw))
