# id(): stable for one object, distinct for objects alive at the same time, consistent with `is`
a = [1, 2]
b = [1, 2]
c = a
print(id(a) == id(a), id(a) == id(c), id(a) == id(b))
print(type(id(a)).__name__, id(a) > 0)
x = 1000
y = x
print(id(x) == id(y), (id(x) == id(y)) == (x is y))
t = (1, 2)
print(id(t) == id(t))
objs = [[] for _ in range(50)]
ids = [id(o) for o in objs]
print(len(set(ids)) == 50)
print(id(None) == id(None), id(True) == id(True), id(True) == id(False))
print(id(len) == id(len), id(a) != id(b))
s = "hello"
print(id(s) == id(s))
try:
    id()
except TypeError as e:
    print(type(e).__name__, e)
try:
    id(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
neg = -5
neg2 = -5
big = 10 ** 30
big_alias = big
zero = 0.0
negzero = -0.0
half = 2.5
half_alias = half
print(id(neg) == id(neg2), id(big) == id(big_alias), id(zero) != id(negzero), id(half) == id(half_alias))
print(id(neg) != id(big), id(True) != id(1), id(False) != id(0), id(1) != id(1.0))
