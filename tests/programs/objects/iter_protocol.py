# __iter__/__next__ protocol, StopIteration, iterators consumed by builtins.
class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        print("  __iter__")
        return CountdownIter(self.start)


class CountdownIter:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


c = Countdown(3)
for x in c:
    print(x)
print(list(c), sum(c), max(c), sorted(c))
print(tuple(c), set(c) == {1, 2, 3}, dict.fromkeys(c))
it = iter(c)
print(next(it), next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
a, b, cc = Countdown(3)
print(a, b, cc)
first, *rest = Countdown(4)
print(first, rest)
print([x * y for x in Countdown(2) for y in Countdown(2)])
print(list(zip(Countdown(3), "abc")), list(enumerate(Countdown(2))))
print(list(map(str, Countdown(3))), "-".join([str(i) for i in Countdown(3)]))


class NotIter:
    pass


try:
    for _ in NotIter():
        pass
except TypeError as e:
    print("TypeError:", e)


class BadIter:
    def __iter__(self):
        return 5


try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)


class NoNext:
    def __iter__(self):
        return self


try:
    list(NoNext())
except TypeError as e:
    print("TypeError:", e)
try:
    x, y = Countdown(3)
except ValueError as e:
    print("ValueError:", e)
