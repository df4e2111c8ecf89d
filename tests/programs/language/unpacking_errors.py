a, *b, c = range(5)
print(a, b, c)
(x, y), z = "ab", [1]
print(x, y, z)
first, *rest = "h"
print(first, rest)
*init, last = [1, 2, 3]
print(init, last)
a, b = b, a
print(a, b)
cases = [
    lambda: exec_unpack([1, 2, 3], 2),
]
def exec_unpack(seq, n):
    if n == 2:
        p, q = seq
    return p, q
for seq in [[1, 2, 3], [1], [], "xyz"]:
    try:
        p, q = seq
        print("ok", p, q)
    except ValueError as e:
        print(type(e).__name__, e)
for seq in [[1], [1, 2]]:
    try:
        p, q, *r = seq
        print("ok", p, q, r)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    p, q = 5
except TypeError as e:
    print(type(e).__name__, e)
print([*range(2), *"ab"], {**{"a": 1}, "b": 2, **{"a": 3}})
