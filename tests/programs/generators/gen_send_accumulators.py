# send() protocols: coroutine-style accumulators and running statistics.
def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count

avg = averager()
print(next(avg))
for v in [10, 20, 30, 5]:
    print(avg.send(v))

def accumulator():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total

acc = accumulator()
next(acc)
for v in range(1, 6):
    acc.send(v)
try:
    acc.send(None)
except StopIteration as e:
    print("final", e.value)

def minmax():
    lo = hi = None
    while True:
        v = yield (lo, hi)
        lo = v if lo is None or v < lo else lo
        hi = v if hi is None or v > hi else hi

m = minmax()
m.send(None)
for v in [5, 3, 9, 1, 7]:
    print(m.send(v))

def primed(fn):
    def wrapper(*a, **k):
        g = fn(*a, **k)
        next(g)
        return g
    return wrapper

@primed
def grep(pattern):
    hits = []
    while True:
        line = yield hits
        if pattern in line:
            hits = hits + [line]

g = grep("py")
g.send("python")
g.send("java")
print(g.send("pypy"))

def echo():
    r = None
    while True:
        r = yield r
        print("echo got", repr(r))

e = echo()
print(e.send(None))
print(e.send(1), e.send([2]), next(e))
def counter():
    n = 0
    while True:
        cmd = yield n
        if cmd == "reset":
            n = 0
        elif cmd == "stop":
            return f"stopped at {n}"
        else:
            n += 1
c = counter()
print([next(c), next(c), c.send("x"), c.send("reset"), next(c)])
try:
    c.send("stop")
except StopIteration as s:
    print(s.value, s.args)
