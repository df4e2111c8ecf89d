# __reversed__ and the sequence fallback (__len__ + __getitem__) for reversed().
class Deck:
    def __init__(self, cards):
        self.cards = cards

    def __reversed__(self):
        print("  __reversed__")
        return iter(self.cards[::-1] + ["(reversed)"])

    def __iter__(self):
        return iter(self.cards)


d = Deck(["A", "K", "Q"])
print(list(d), list(reversed(d)))


class Seq:
    def __len__(self):
        return 4

    def __getitem__(self, i):
        print("  __getitem__", i)
        if i >= 4:
            raise IndexError
        return i * 10


print(list(reversed(Seq())))
r = reversed(Seq())
print(type(r).__name__, next(r))


class OnlyIter:
    def __iter__(self):
        return iter([1, 2])


try:
    reversed(OnlyIter())
except TypeError as e:
    print("TypeError:", e)


class NoneReversed:
    __reversed__ = None

    def __len__(self):
        return 1

    def __getitem__(self, i):
        return i


try:
    reversed(NoneReversed())
except TypeError as e:
    print("TypeError:", e)


class ListSub(list):
    def __reversed__(self):
        return iter(["custom"])


print(list(reversed(ListSub([1, 2, 3]))), ListSub([1, 2])[::-1])
print(list(reversed(range(3))), list(reversed((1, 2))), list(reversed("ab")))
print(list(reversed({"a": 1, "b": 2})))
