# Generators passed to builtins that consume iterables.
def squares(n):
    for i in range(n):
        yield i * i

def words():
    for w in "the quick brown fox jumps over the lazy dog".split():
        yield w

print(list(squares(6)))
print(tuple(squares(4)))
print(sum(squares(10)), sum(squares(5), 100))
print(sorted(words()))
print(sorted(words(), key=len, reverse=True))
print(min(words()), max(words()), min(words(), key=len), max(words(), key=lambda w: (len(w), w)))
print(list(zip(squares(5), words())))
print(list(zip(words(), squares(100), "abc")))
print(any(x > 20 for x in squares(6)), all(x < 20 for x in squares(6)))
print(any(squares(0)), all(squares(0)))
print(list(enumerate(words(), 1))[:3])
print(list(map(str.upper, words()))[-2:])
print(list(filter(lambda w: "o" in w, words())))
print(list(filter(None, squares(4))))
print(dict((w, len(w)) for w in words()))
print(sorted(set(len(w) for w in words())))
print("-".join(w[0] for w in words()))
print(frozenset(x % 3 for x in squares(10)) == {0, 1})
a, b, c = squares(3)
print(a, b, c)
first, *rest = words()
print(first, rest)
*init, last = squares(5)
print(init, last)
def show(*args, **kw):
    print("args", args, "kw", kw)
show(*squares(4))
show(0, *squares(2), *words().__next__.__self__ if False else (), 9)
show(*(w for w in words() if len(w) == 3), sep="|")
print(max(squares(3), default=-1), max((x for x in []), default="empty"))
print(list(reversed(list(squares(4)))))
print(str(len(list(words()))), bytes(x for x in range(65, 70)))
print(bytearray(x + 1 for x in range(3)))
print(dict(zip(words(), squares(3))))
print(divmod(*(x for x in (17, 5))))
print(list(range(*(i for i in (2, 12, 3)))))
