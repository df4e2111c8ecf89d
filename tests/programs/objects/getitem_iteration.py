# Iteration via the old __getitem__ protocol until IndexError.
class Squares:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        print("  getitem", i)
        if i >= self.n:
            raise IndexError(i)
        return i * i


print(list(Squares(3)))
print(4 in Squares(5))
print(7 in Squares(3))
it = iter(Squares(2))
print(type(it).__name__, next(it), next(it), next(it, "end"))


class Letters:
    def __getitem__(self, i):
        return "abcde"[i]


print(list(Letters()), "".join(reversed(list(Letters()))))
print(sorted(Letters(), reverse=True))


class KeyErr:
    def __getitem__(self, i):
        raise KeyError(i)


try:
    list(KeyErr())
except KeyError as e:
    print("KeyError:", e)


class StopEarly:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i


print(list(StopEarly()))


class Mapping:
    def __getitem__(self, key):
        return key.upper()

    def keys(self):
        return ["a", "b"]


print(dict(Mapping()), {**Mapping()})
