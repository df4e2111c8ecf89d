def f(a, b, d=0, **kw): pass
for call in (lambda: f(1, 2, **{"d": 1}, d=2), lambda: f(1, 2, **{"x": 1}, **{"x": 2}),
             lambda: f(1, 2, **[1]), lambda: f(*5), lambda: print(*5), lambda: f(**[1]), lambda: len(**{'a': 1}, **{'a': 2})):
    try:
        call()
    except TypeError as e:
        print(e)
class M:
    def keys(self): return ['a', 'b']
    def __getitem__(self, k): return k * 2
def g(**kw): return kw
print(g(**M()), {**M(), 'c': 1})
