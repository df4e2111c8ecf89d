# Calls that bind without the general binder once hot: defaults filled in, *args collected,
# an empty **kwargs; changing __defaults__ later must be seen, and too few arguments still fail.

def with_defaults(a, b=10, c=[]):
    c.append(a)
    return a + b + len(c)


def star(a, *rest, **kw):
    return a, rest, kw, len(rest)


def only_star(*args):
    return sum(args)


def only_kw(a, **options):
    return a + len(options)


def run(n):
    total = 0
    for i in range(n):
        total += with_defaults(i)
        total += with_defaults(i, 1)
        total += star(i)[3] + star(i, 1, 2)[3]
        total += only_star() + only_star(i, i)
        total += only_kw(i) + only_kw(i, x=1)
    return total


print(run(5))
for _ in range(300):
    r = run(20)
print(r, len(with_defaults.__defaults__[1]))
with_defaults.__defaults__ = (100, [])
print(run(3))
with_defaults.__defaults__ = None
try:
    with_defaults(1)
except TypeError as e:
    print(e)
print(star(1, 2, x=3), star(4))
try:
    only_kw(1, 2)
except TypeError as e:
    print(e)
