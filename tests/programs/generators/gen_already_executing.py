# "generator already executing" and re-entrancy errors.
def selfish():
    yield next(g)

g = selfish()
try:
    next(g)
except ValueError as e:
    print("ValueError:", e)
print(next(g, "finished after error"))

def sender():
    yield s.send(None)
s = sender()
try:
    next(s)
except ValueError as e:
    print("send:", e)

def thrower():
    try:
        yield t.throw(KeyError)
    except ValueError as e:
        print("inside caught", e)
        yield "recovered"
t = thrower()
print(next(t))

def closer():
    yield c.close()
c = closer()
try:
    next(c)
except ValueError as e:
    print("close:", e)

def outer():
    yield from inner_gen
def inner():
    yield next(o)
inner_gen = inner()
o = outer()
try:
    next(o)
except ValueError as e:
    print("nested:", e)

def listing():
    yield 1
    yield list(lg)
lg = listing()
print(next(lg))
try:
    next(lg)
except ValueError as e:
    print("list():", e)

def legit():
    other = (i * 2 for i in range(3))
    yield list(other)
print(list(legit()))
def run_state():
    yield r.gi_running
r = run_state()
print(next(r), r.gi_running)
