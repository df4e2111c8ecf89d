# A game leaderboard: sorting by several keys, ties, stable multi-pass sorts, ranks and pages.
PLAYERS = [
    ("mira", 1520, 312, 14),
    ("oskar", 1730, 298, 20),
    ("lena", 1520, 290, 14),
    ("tariq", 980, 400, 5),
    ("zoe", 1730, 298, 19),
    ("ben", 1520, 312, 16),
    ("ana", 1105, 350, 9),
    ("yuki", 1730, 310, 20),
    ("carl", 980, 380, 5),
    ("ines", 1410, 305, 12),
]
NAME, SCORE, TIME, WINS = 0, 1, 2, 3

def pad(text, width):
    text = str(text)
    return text + " " * (width - len(text))

def show(title, rows):
    print("==", title)
    width = max(map(lambda r: len(r[NAME]), rows))
    for rank, row in enumerate(rows, 1):
        print(pad(rank, 3) + pad(row[NAME], width + 1) + pad(row[SCORE], 5) + pad(row[TIME], 4) + str(row[WINS]))

# one pass with a tuple key: score high first, then time low, then name
show("score, time, name", sorted(PLAYERS, key=lambda p: (-p[SCORE], p[TIME], p[NAME])))

# the same order from stable passes, least significant key first
by_name = sorted(PLAYERS, key=lambda p: p[NAME])
by_time = sorted(by_name, key=lambda p: p[TIME])
by_score = sorted(by_time, key=lambda p: p[SCORE], reverse=True)
print("stable passes agree:", by_score == sorted(PLAYERS, key=lambda p: (-p[SCORE], p[TIME], p[NAME])))

# reverse=True keeps ties in their original order
show("wins desc (ties keep input order)", sorted(PLAYERS, key=lambda p: p[WINS], reverse=True))

# dense ranking: equal (score, time) share a rank
ordered = sorted(PLAYERS, key=lambda p: (-p[SCORE], p[TIME]))
ranks = []
previous = None
rank = 0
for row in ordered:
    key = (row[SCORE], row[TIME])
    if key != previous:
        rank += 1
        previous = key
    ranks.append(rank)
for r, row in zip(ranks, ordered):
    print(r, row[NAME])

# pages of 4
page_size = 4
pages = [ordered[i:i + page_size] for i in range(0, len(ordered), page_size)]
for number, page in enumerate(pages, 1):
    print("page", number, [p[NAME] for p in page])

# head-to-head: who is ahead of whom
names = [p[NAME] for p in ordered]
ahead = list(zip(names, names[1:]))
print(ahead[:3])
print("leader:", max(PLAYERS, key=lambda p: (p[SCORE], -p[TIME], p[WINS]))[NAME])
print("slowest:", max(PLAYERS, key=lambda p: p[TIME])[NAME], "fastest:", min(PLAYERS, key=lambda p: p[TIME])[NAME])
print("total wins:", sum(map(lambda p: p[WINS], PLAYERS)))
print("everyone scored:", all(map(lambda p: p[SCORE] > 0, PLAYERS)))
print("any perfect:", any(map(lambda p: p[SCORE] >= 2000, PLAYERS)))
print("reverse alphabetical:", list(reversed(sorted(map(lambda p: p[NAME], PLAYERS)))))
tiers = {}
for p in PLAYERS:
    tier = p[SCORE] // 500
    tiers[tier] = tiers.get(tier, []) + [p[NAME]]
for tier in sorted(tiers, reverse=True):
    print("tier", tier, sorted(tiers[tier]))
