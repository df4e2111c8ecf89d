# The awaitables returned by asend()/athrow() are their own iterators (tp_iter) in CPython.


async def agen():
    yield 1


g = agen()
a = g.asend(None)
print(hasattr(type(a), "__iter__"), hasattr(type(a), "__next__"))
print(iter(a) is a)
try:
    next(a)
except StopIteration as e:
    print("next ->", e.value)
t = g.athrow(ValueError)
print(iter(t) is t)
t.close()
c = g.aclose()
for step in c:
    print("step", step)
print("closed")
