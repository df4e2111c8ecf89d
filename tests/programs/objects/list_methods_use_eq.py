# list.index/count/remove/in and tuple methods use __eq__.
class Card:
    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit

    def __eq__(self, o):
        if isinstance(o, Card):
            return self.rank == o.rank
        if isinstance(o, int):
            return self.rank == o
        return NotImplemented

    def __repr__(self):
        return f"{self.rank}{self.suit}"


hand = [Card(2, "h"), Card(5, "s"), Card(2, "d"), Card(9, "c")]
print(hand.index(Card(5, "x")), hand.count(Card(2, "z")), Card(9, "q") in hand)
print(hand.index(2), hand.count(9), 7 in hand)
hand.remove(Card(2, "s"))
print(hand)
try:
    hand.remove(Card(7, "s"))
except ValueError as e:
    print("ValueError:", e)
try:
    hand.index(Card(11, "h"))
except ValueError as e:
    print("ValueError:", e)
print(hand.index(2, 1), (Card(1, "a"), Card(1, "b")).count(1))
print(hand == [Card(5, "q"), Card(2, "q"), Card(9, "q")])
print(hand != [Card(5, "q")], [Card(1, "a")] == [1])


class Counted:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        Counted.calls += 1
        return isinstance(o, Counted) and self.v == o.v


items = [Counted(i) for i in range(5)]
target = Counted(3)
print(items.index(target), Counted.calls)
Counted.calls = 0
print(items.count(target), Counted.calls)
Counted.calls = 0
print(items[2] in items, Counted.calls)
d = {"a": Card(3, "h")}
print(list(d.values()).index(3), Card(3, "x") in d.values())


class NeverEqual:
    def __eq__(self, o):
        return False


ne = NeverEqual()
lst = [ne]
print(ne in lst, lst.count(ne), lst.index(ne), ne == ne)
lst.remove(ne)
print(lst)
