# Generator expressions: multiple clauses, nesting, walrus, send/throw/close on them, attributes.
data = [3, -1, 4, -1, 5, -9, 2, 6]
print(list(x for x in data if x > 0 if x % 2 == 0))
print(list((i, j) for i in range(3) if i for j in range(i) if j != 1))
print(sum(sum(row) for row in ([1, 2], [3], [])))
print(list(list(y for y in range(x)) for x in range(4)))
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*(iter(r) for r in matrix))))
total = 0
print(list((total := total + x) for x in range(5)), total)
print(max(len(w) for w in "a bb ccc".split()), sorted((c for c in "banana"), reverse=True))
print(", ".join(str(n) for n in range(3)))

g = (x * 2 for x in range(5))
print(g.__name__, g.__qualname__, g.gi_code.co_name, g.gi_code.co_argcount)
print(next(g), g.send("ignored"), g.send(None))
try:
    g.throw(ValueError("into genexpr"))
except ValueError as e:
    print("propagated:", e)
print(list(g))

g2 = (x for x in range(3))
next(g2)
print(g2.close(), list(g2))

def outer():
    factor = 3
    return (x * factor for x in range(3))
print(list(outer()))

class A:
    vals = [1, 2]
    gen = list(v * 10 for v in vals)
print(A.gen)

it = iter(range(10))
pairs = ((a, next(it)) for a in it)
print(list(pairs))
sentences = ["hello world", "generator expressions are lazy"]
print(list(w.upper() for s in sentences for w in s.split() if len(w) > 5))
print(any(print("checked", n) or n > 1 for n in range(5)))
genexp_of_gen = (x for x in (y * y for y in range(4)))
print(list(genexp_of_gen))
print(list(x for x in "abc" for _ in range(2)))
def local_scope():
    y = 5
    return [(lambda: y + x)() for x in range(2)], list((lambda: y - x)() for x in range(2))
print(local_scope())
print(type((x for x in [])).__name__, (x for x in []).__qualname__)
def in_function():
    return (n for n in range(1))
print(in_function().__qualname__)
