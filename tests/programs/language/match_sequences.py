# match statements with sequence patterns, star captures, nesting and guards.
def classify(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return f"one: {x!r}"
        case [x, y] if x == y:
            return f"pair of equal {x!r}"
        case [x, y]:
            return f"pair {x!r},{y!r}"
        case [first, *middle, last] if not middle:
            return "impossible"
        case [0, *rest]:
            return f"starts with zero, rest {rest}"
        case [first, *middle, last]:
            return f"first={first!r} middle={middle} last={last!r}"


for s in ([], [1], (2, 2), [3, 4], [0, 9, 8], (1, 2, 3, 4), "ab", range(5), [[1], [2]]):
    print(repr(s), "->", classify(s))


def command(text):
    match text.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"moving {direction}"
        case ["go", other]:
            return f"unknown direction {other}"
        case ["take", *items] if items:
            return "taking " + ", ".join(items)
        case ["take"]:
            return "take what?"
        case ["quit" | "exit"]:
            return "bye"
        case [verb, *_]:
            return f"unknown verb {verb}"
        case _:
            return "nothing typed"


for t in ["go north", "go up", "take lamp key", "take", "exit", "dance wildly", "", "quit now"]:
    print(repr(t), "->", command(t))


def nested(point):
    match point:
        case (0, 0):
            return "origin"
        case (x, 0) | (0, x):
            return f"on an axis at {x}"
        case ((a, b), (c, d)):
            return f"segment {a},{b} to {c},{d}"
        case (x, y, *_) if x == y:
            return f"diagonal {x}"
        case (_, _):
            return "somewhere"
        case _:
            return "not a point"


for p in [(0, 0), (3, 0), (0, -2), ((1, 2), (3, 4)), (5, 5, 5), (1, 2), [7, 8], "xy", 42, (1, 2, 3)]:
    print(repr(p), "->", nested(p))


# strings, bytes and dicts are not sequences for matching
def kind(v):
    match v:
        case [*items]:
            return f"sequence of {len(items)}"
        case _:
            return "not a sequence"


for v in ["abc", b"abc", bytearray(b"ab"), {"a": 1}, (), [None], range(3)]:
    print(type(v).__name__, kind(v))


# star capture always yields a list
match (1, 2, 3, 4, 5):
    case (a, *b, c):
        print(a, b, c, type(b).__name__)

match range(10):
    case [*_, 8, last]:
        print("ends with 8 then", last)

# the subject is evaluated once
calls = []
def subject():
    calls.append(1)
    return [1, 2]

match subject():
    case [1]:
        print("one")
    case [1, 2, 3]:
        print("three")
    case [1, x]:
        print("matched x =", x)
print("subject calls:", len(calls))

# captures from a failed case may leave bindings (not checked), the winning ones are correct
match [10, 20]:
    case [p, 99]:
        pass
    case [p, q]:
        print("p, q =", p, q)
