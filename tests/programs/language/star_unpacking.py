# Star-unpacking in assignments, calls and displays.
a, *b, c = range(6)
print(a, b, c)
*head, tail = "hello"
print(head, tail)
first, *rest = [1]
print(first, rest)
(x, y), *others, z = [(1, 2), 3, 4, 5]
print(x, y, others, z)
[p, [q, *r]] = [1, [2, 3, 4]]
print(p, q, r)
for n, *digits in ["123", "45", "6"]:
    print(n, digits)

# swaps and rotations
m, n, o = 1, 2, 3
m, n, o = o, m, n
print(m, n, o)

# unpacking in displays
left = [1, 2]
right = (3, 4)
print([*left, *right, *"ab"])
print((*left, 0, *right))
print({*left, *right, 2})
print({**{"a": 1, "b": 2}, "b": 3, **{"c": 4}})
print([*range(3), *{5: "x", 6: "y"}])
print(*[1, 2, 3], sep="-")


def f(a, b, c=0, *args, d=10, **kw):
    return f"a={a} b={b} c={c} args={args} d={d} kw={sorted(kw.items())}"


print(f(*[1, 2]))
print(f(*[1, 2, 3, 4, 5]))
print(f(1, *(2,), *[3, 4], d=5))
print(f(**{"a": 1, "b": 2}))
print(f(1, **{"b": 2, "z": 9}, **{"y": 8}))
print(f(*"xy", **dict(d="dd", e="ee")))

# errors
def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


def too_many():
    a, b = [1, 2, 3]
    return a, b


def too_few():
    a, b, c = [1, 2]
    return a, b, c


def star_too_few():
    a, b, *c, d = [1, 2]
    return a


def not_iterable():
    a, *b = 5
    return a


attempt("too many", too_many)
attempt("too few", too_few)
attempt("star too few", star_too_few)
attempt("not iterable", not_iterable)
attempt("star in list", lambda: [1, *5])
attempt("star in set", lambda: {*None})
attempt("star in tuple", lambda: (1, *3.5))
attempt("dict unpack", lambda: {**[1]})
attempt("dict unpack str", lambda: {"a": 1, **"ab"})
attempt("non-str key", lambda: f(1, 2, **{1: 2}))
attempt("multiple values", lambda: f(1, 2, a=3))

# star unpacking of a dict gives keys, of a string gives chars
d = {"k1": 1, "k2": 2}
k1, k2 = d
print(k1, k2)
print(*d.items())

# nested data walking
rows = [("alice", (30, "nyc")), ("bob", (25, "sf"))]
for name, (age, city) in rows:
    print(f"{name:>6} {age:3} {city}")

# star in for target with index
for i, (key, *vals) in enumerate([("a", 1, 2), ("b",)]):
    print(i, key, vals)

# augmented values from unpacking
total = 0
for _, amount in [("x", 5), ("y", 7)]:
    total += amount
print(total)
