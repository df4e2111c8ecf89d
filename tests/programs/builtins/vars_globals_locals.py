# globals(), locals() and vars() at module level and in functions
import sys
counter = 10
g = globals()
print(type(g).__name__, g["counter"], g is globals(), "counter" in g)
g["injected"] = "hello"
print(injected)
print(locals() is globals(), vars() is globals())
print(vars(sys)["maxsize"] == sys.maxsize, vars(sys) is vars(sys))

def func(a, b=5, *rest, **kw):
    total = a + b
    unused = None
    return locals()
print(func(1))
print(func(1, 2, 3, 4, key="v"))

def outer():
    x = 1
    y = "two"
    def inner():
        z = x + 1
        return locals()
    return inner(), locals()
inner_locals, outer_locals = outer()
print(inner_locals)
print(sorted(outer_locals))

def early():
    a = 1
    snapshot = locals()
    b = 2
    return snapshot
print(early())

def uses_globals():
    return globals() is g
print(uses_globals())

for i in range(3):
    pass
print(locals()["i"], vars()["counter"])
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: vars(1))
show(lambda: vars([]))
show(lambda: vars(1, 2))
show(lambda: globals(1))
show(lambda: locals(1))
show(lambda: vars(x=1))
