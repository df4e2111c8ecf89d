def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1), append_to(2), append_to(3, []))
fns = [lambda i=i: i * 10 for i in range(3)]
late = [lambda: i * 10 for i in range(3)]
print([f() for f in fns], [f() for f in late])
base = 5
def f(a, b=base):
    return a + b
base = 100
print(f(1), f.__defaults__)
def g(a, *, k=base * 2, **kw):
    return a, k, sorted(kw.items())
print(g(1), g(1, k=2, z=3, y=4), g.__kwdefaults__)
def counter(start=0, step=1):
    return [start + step * i for i in range(3)]
print(counter(), counter(step=5), counter(2, -1))
