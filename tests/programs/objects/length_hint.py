# __length_hint__ (consulted by list() preallocation); len() ignores it.
class Hinted:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return HintIter(self.n)


class HintIter:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i

    def __length_hint__(self):
        return self.n - self.i


it = HintIter(5)
print(it.__length_hint__())
next(it)
print(it.__length_hint__(), list(it))
print(list(Hinted(3)), len(list(Hinted(4))))
try:
    len(HintIter(3))
except TypeError as e:
    print("TypeError:", e)


class LyingHint:
    def __iter__(self):
        return self

    def __init__(self):
        self.k = 0

    def __next__(self):
        self.k += 1
        if self.k > 3:
            raise StopIteration
        return self.k

    def __length_hint__(self):
        return 1000


print(list(LyingHint()))


class BadHint(LyingHint):
    def __length_hint__(self):
        return -5


try:
    list(BadHint())
except ValueError as e:
    print("ValueError:", e)


class NotImplHint(LyingHint):
    def __length_hint__(self):
        return NotImplemented


print(list(NotImplHint()))
print(iter([1, 2, 3]).__length_hint__(), iter(range(10)).__length_hint__())
