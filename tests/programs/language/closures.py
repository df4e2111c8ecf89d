def counter(start):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get

inc, get = counter(10)
inc()
inc(5)
print(get())

def make_adders(n):
    return [lambda x, i=i: x + i for i in range(n)]

print([f(100) for f in make_adders(4)])

def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner()
    return middle()
print(outer())

total = 0
def add_global(v):
    global total
    total += v
for k in range(5):
    add_global(k)
print(total)

def compose(*fns):
    def run(x):
        for f in reversed(fns) if False else fns[::-1]:
            x = f(x)
        return x
    return run

print(compose(lambda x: x * 2, lambda x: x + 3)(4))

def late():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]
print(late())

def unbound():
    try:
        print(y)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    y = 1
unbound()

def free_unbound():
    def inner():
        return z
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    z = 2
free_unbound()
