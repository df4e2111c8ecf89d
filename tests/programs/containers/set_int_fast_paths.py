# Int keys take inline paths in sets (in, add, discard); equal keys of other types
# (1.0, True, big ints with the same hash) must still be found as the same element.

def run():
    s = {1.0, 2, True, 10 ** 30}
    s.add(1)                       # equal to 1.0 (and True): nothing added
    s.add(3)
    print(sorted(s, key=repr), len(s))
    print(1 in s, 2.0 in s, 3 in s, 4 in s, -1 in s, (2 ** 61 - 1) in s)
    s.discard(True)                # removes the 1.0 element
    s.discard(5)
    print(sorted(s, key=repr), len(s))
    big = 2 ** 61 + 5              # hashes like 6
    t = {6}
    t.add(big)
    print(sorted(t), big in t, 6 in t, (big - (2 ** 61 - 1)) in t)
    t.discard(6)
    print(sorted(t))
    neg = {-1, -2, -(2 ** 61), 0}
    print(-1 in neg, -2 in neg, -(2 ** 61) in neg, 0 in neg, -3 in neg, len(neg))
    u = set()
    for i in range(200):
        u.add(i * 7 % 101)
        if i % 3 == 0:
            u.discard(i % 50)
    print(len(u), sum(u), min(u), max(u), 55 in u, 100 in u)
    return sorted(u)[:10]


for _ in range(200):               # hot: compiled code must agree
    r = run() if _ == 0 else None
    v = {i for i in range(20)}
    for i in range(30):
        v.add(i % 25)
        v.discard(i % 7)
    total = sum(1 for i in range(40) if i in v)
print(r, total, sorted(v))
