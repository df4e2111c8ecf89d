# __index__ is used by slicing, bin/hex/oct, range, list indexing, operator multiplication.
class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        print("  __index__", self.n)
        return self.n


data = list("abcdefgh")
print(data[Idx(2)])
print(data[Idx(1):Idx(6):Idx(2)])
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
print(list(range(Idx(3))), list(range(Idx(1), Idx(7), Idx(3))))
print("ab" * Idx(3), [0] * Idx(2))
print("xyz"[Idx(-1)], (10, 20, 30)[Idx(1)])
data[Idx(0)] = "A"
print(data[:3])
print(int(Idx(9)) if hasattr(Idx, "__int__") else "no __int__ fallback used")
print(int.__index__(7), Idx(4).__index__())
print(round(2.567, Idx(2)))


class BadIndex:
    def __index__(self):
        return 2.0


try:
    [1, 2, 3][BadIndex()]
except TypeError as e:
    print("TypeError:", e)


class NoIndex:
    pass


try:
    [1][NoIndex()]
except TypeError as e:
    print("TypeError:", e)
try:
    range(NoIndex())
except TypeError as e:
    print("TypeError:", e)
try:
    bin(NoIndex())
except TypeError as e:
    print("TypeError:", e)
try:
    "abc"[1.0:2]
except TypeError as e:
    print("TypeError:", e)


class BigIdx:
    def __index__(self):
        return 10 ** 30


print(data[BigIdx():], data[-BigIdx() if False else 0:2])
try:
    data[BigIdx()]
except IndexError as e:
    print("IndexError:", e)
