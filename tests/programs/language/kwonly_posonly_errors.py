def f(a, b, /, c, *, d):
    return a, b, c, d
print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4))
tests = [
    lambda: f(1, 2, 3, 4),
    lambda: f(a=1, b=2, c=3, d=4),
    lambda: f(1, 2, 3),
    lambda: f(1, 2, c=3, d=4, e=5),
    lambda: f(1, 2, 3, c=3, d=4),
    lambda: f(1),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(type(e).__name__, e)
def g(x, y=2, *args, z, **kw):
    return x, y, args, z, kw
print(g(1, z=0), g(1, 2, 3, 4, z=5, w=6))
for t in [lambda: g(), lambda: g(1, 2), lambda: g(1, x=2, z=3)]:
    try:
        t()
    except TypeError as e:
        print(type(e).__name__, e)
