# sorted() is stable, with and without reverse, also on lists long enough to need merging
seed = 12345
def rand():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed

records = [(rand() % 10, i) for i in range(300)]
by_key = sorted(records, key=lambda r: r[0])
ok = True
for a, b in zip(by_key, by_key[1:]):
    if a[0] > b[0] or (a[0] == b[0] and a[1] > b[1]):
        ok = False
print("stable ascending:", ok)
rev = sorted(records, key=lambda r: r[0], reverse=True)
ok = True
for a, b in zip(rev, rev[1:]):
    if a[0] < b[0] or (a[0] == b[0] and a[1] > b[1]):
        ok = False
print("stable descending:", ok)
print(rev[:8])
big = [rand() % 1000 for _ in range(1000)]
s = sorted(big)
print(all([s[i] <= s[i + 1] for i in range(len(s) - 1)]), s[:10], s[-5:])
print(len(s), sum(s) == sum(big))
print(sorted(big, reverse=True)[:10])
runs = list(range(100)) + list(range(50, 0, -1)) + [7] * 20 + list(range(30))
print(sorted(runs) == sorted(runs, key=lambda x: x))
print(sorted(runs)[::17])
desc = list(range(200, 0, -1))
print(sorted(desc)[:5], sorted(desc)[-5:])
pairs = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1)]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(sorted(pairs, key=lambda p: p[0]), key=lambda p: p[1], reverse=True))
floats = [rand() % 100 / 7 for _ in range(80)]
print(sorted(floats)[:6])
