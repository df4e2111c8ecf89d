# the builtin iterators consumed by for loops, unpacking, constructors, join, `in` and each other
names = ["ada", "grace", "linus"]
langs = ["analytical engine", "cobol", "c"]
for i, (name, lang) in enumerate(zip(names, langs)):
    print(i, name, lang)
print(dict(zip(names, map(len, names))))
print(tuple(filter(lambda n: len(n) > 3, names)), set(map(len, names)) == {3, 5})
print("-".join(map(str, range(5))), "".join(reversed("abc")), ",".join(sorted(names, reverse=True)))
a, b, c = map(lambda s: s.upper(), names)
print(a, b, c)
first, *rest = enumerate("xyz")
print(first, rest)
print(2 in map(lambda x: x * 2, [0, 1]), "q" in filter(None, "abc"))
print(list(zip(*enumerate("ab"))))
print(list(map(lambda t: t[0] * t[1], enumerate(range(5), 1))))
print(sorted(zip([3, 1, 2], "cab")), max(zip([1, 3, 2], "xyz")), min(enumerate("zyx"), key=lambda t: t[1]))
print(sum(map(len, names)), any(map(lambda n: n[0] == "g", names)), all(map(len, names)))
nested = list(map(list, zip(*[[1, 2, 3], [4, 5, 6], [7, 8, 9]])))
print(nested, list(reversed(nested)), [list(reversed(row)) for row in nested])
chain = map(lambda x: x + 1, filter(lambda x: x % 3 == 0, map(lambda x: x * x, range(10))))
print(list(chain), list(chain))
it = iter(range(10))
print(list(zip(it, it, it)), next(it, "empty"))
pairs = [(k, v) for k, v in zip("abc", range(3))]
print(pairs, [x for x in map(abs, [-1, -2]) if x > 1])
total = 0
for idx, value in enumerate(reversed([10, 20, 30]), start=100):
    total += idx * value
print(total)
counts = {}
for word in map(lambda w: w.lower(), ["A", "b", "a", "B", "a"]):
    counts[word] = counts.get(word, 0) + 1
print(sorted(counts), [counts[k] for k in sorted(counts)])
