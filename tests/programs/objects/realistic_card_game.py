# Card game: Card ordering via __lt__, Deck with deterministic shuffle (LCG), hands compared by rank, a few rounds of play.
class Card:
    RANKS = "23456789TJQKA"
    SUITS = "CDHS"
    __slots__ = ("rank", "suit")

    def __init__(self, text):
        rank, suit = text[:-1], text[-1]
        if rank == "10":
            rank = "T"
        if rank not in self.RANKS or suit not in self.SUITS:
            raise ValueError(f"bad card {text!r}")
        self.rank, self.suit = rank, suit

    @property
    def value(self):
        return self.RANKS.index(self.rank) + 2

    def __lt__(self, other):
        return (self.value, self.SUITS.index(self.suit)) < (other.value, other.SUITS.index(other.suit))

    def __eq__(self, other):
        return isinstance(other, Card) and (self.rank, self.suit) == (other.rank, other.suit)

    def __hash__(self):
        return hash((self.rank, self.suit))

    def __repr__(self):
        return self.rank + self.suit


class Deck:
    def __init__(self, seed=1):
        self.cards = [Card(r + s) for s in Card.SUITS for r in Card.RANKS]
        self.state = seed

    def _rand(self, n):
        self.state = (self.state * 1103515245 + 12345) % (2 ** 31)
        return self.state % n

    def shuffle(self):
        for i in range(len(self.cards) - 1, 0, -1):
            j = self._rand(i + 1)
            self.cards[i], self.cards[j] = self.cards[j], self.cards[i]
        return self

    def deal(self, n):
        if n > len(self.cards):
            raise ValueError(f"only {len(self.cards)} cards left")
        hand, self.cards = self.cards[:n], self.cards[n:]
        return Hand(hand)

    def __len__(self):
        return len(self.cards)


class Hand:
    CATEGORIES = ["high card", "pair", "two pair", "three of a kind", "straight",
                  "flush", "full house", "four of a kind", "straight flush"]

    def __init__(self, cards):
        self.cards = sorted(cards, reverse=True)

    def _counts(self):
        counts = {}
        for c in self.cards:
            counts[c.value] = counts.get(c.value, 0) + 1
        return sorted([(n, v) for v, n in counts.items()], reverse=True)

    def score(self):
        counts = self._counts()
        values = sorted([c.value for c in self.cards], reverse=True)
        flush = len(set([c.suit for c in self.cards])) == 1
        straight = len(set(values)) == 5 and values[0] - values[4] == 4
        shape = [n for n, _ in counts]
        if straight and flush:
            cat = 8
        elif shape[0] == 4:
            cat = 7
        elif shape[:2] == [3, 2]:
            cat = 6
        elif flush:
            cat = 5
        elif straight:
            cat = 4
        elif shape[0] == 3:
            cat = 3
        elif shape[:2] == [2, 2]:
            cat = 2
        elif shape[0] == 2:
            cat = 1
        else:
            cat = 0
        return (cat, [v for _, v in counts])

    @property
    def category(self):
        return self.CATEGORIES[self.score()[0]]

    def __lt__(self, other):
        return self.score() < other.score()

    def __eq__(self, other):
        return self.score() == other.score()

    __hash__ = None

    def __contains__(self, card):
        return card in self.cards

    def __iter__(self):
        return iter(self.cards)

    def __repr__(self):
        return " ".join([repr(c) for c in self.cards])


fixed = {
    "royal": "AS KS QS JS TS", "quads": "9C 9D 9H 9S 2C", "boat": "3C 3D 3H KS KD",
    "flush": "2H 7H 9H JH KH", "straight": "5C 6D 7H 8S 9C", "trips": "QC QD QH 4S 2D",
    "twopair": "JC JD 4H 4S AC", "pair": "TC TD 8H 4S 2C", "high": "AC JD 8H 4S 2C",
}
hands = {k: Hand([Card(t) for t in v.split()]) for k, v in fixed.items()}
for name, hand in hands.items():
    print(f"{name:9} {hand!r:16} {hand.category}")
ranking = sorted(hands, key=lambda k: hands[k])
print(ranking)
print(Hand([Card("2C"), Card("2D"), Card("5H"), Card("6S"), Card("9C")]) < hands["pair"],
      Hand([Card(t) for t in "TH TS 8C 4D 2S".split()]) == hands["pair"])
print(Card("AS") > Card("AH"), sorted([Card("10D"), Card("2S"), Card("AC"), Card("TC")]), Card("QH") in hands["trips"])
print(len({Card("AS"), Card("AS"), Card("KD")}), max([Card("3C"), Card("3S"), Card("3D")]))
deck = Deck(seed=42).shuffle()
print(len(deck), deck.cards[:5])
wins = {}
for rnd in range(1, 4):
    players = {p: deck.deal(5) for p in ("ann", "bob", "cy")}
    best = max(players, key=lambda p: players[p])
    wins[best] = wins.get(best, 0) + 1
    print(f"round {rnd}: " + " | ".join([f"{p}: {h!r} ({h.category})" for p, h in players.items()]) + f" -> {best}")
print(sorted(wins.items()), len(deck))
for bad in ("1X", "ZZ", "11H"):
    try:
        Card(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    deck.deal(10)
except ValueError as e:
    print("ValueError:", e)
