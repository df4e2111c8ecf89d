a, b = 1, 2
a, b = b, a
print(a, b)
first, *middle, last = range(6)
print(first, middle, last)
(x, y), z = (1, 2), 3
print(x, y, z)
head, *tail = "abc"
print(head, tail)
try:
    p, q = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    p, q, r = [1, 2]
except ValueError as e:
    print(e)
try:
    p, q = 5
except TypeError as e:
    print(e)

squares = [i * i for i in range(10) if i % 2 == 0]
print(squares)
pairs = [(i, j) for i in range(3) for j in range(i)]
print(pairs)
table = {k: v for k, v in zip("abc", [1, 2, 3])} if False else {k: len(k) for k in ["a", "bb", "ccc"]}
print(table)
uniq = {n % 3 for n in range(10)}
print(sorted(uniq))
nested = [[c * r for c in range(3)] for r in range(3)]
print(nested)
i = "outer i"
_ = [i for i in range(3)]
print(i)
print([*range(3), *"ab", *[9]])
print({**{"a": 1}, "b": 2, **{"a": 3}})
print((*range(2),))
def f(*args, **kwargs):
    return args, sorted(kwargs.items()) if False else kwargs
print(f(*[1, 2], 3, **{"k": 4}, z=5))
