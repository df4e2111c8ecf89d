# 'X' object is not callable / not iterable / not subscriptable for user objects.
class Widget:
    name = "w"

    def __init__(self):
        self.count = 3


w = Widget()


def unpack():
    a, b = w
    return a, b


checks = [
    ("w()", lambda: w()),
    ("w.count()", lambda: w.count()),
    ("w.name()", lambda: w.name()),
    ("iter(w)", lambda: iter(w)),
    ("list(w)", lambda: list(w)),
    ("for x in w", lambda: [x for x in w]),
    ("w[0]", lambda: w[0]),
    ("len(w)", lambda: len(w)),
    ("sorted(w)", lambda: sorted(w)),
    ("a, b = w", unpack),
    ("*w", lambda: print(*w)),
    ("dict(w)", lambda: dict(w)),
    ("w.count[0]", lambda: w.count[0]),
    ("sum(w)", lambda: sum(w)),
    ("max(w)", lambda: max(w)),
    ("'x' in w", lambda: "x" in w),
    ("next(w)", lambda: next(w)),
    ("reversed(w)", lambda: reversed(w)),
    ("{**w}", lambda: {**w}),
    ("f(**w)", lambda: print(**w)),
]
for text, fn in checks:
    try:
        fn()
        print(text, "no error")
    except TypeError as e:
        print(f"{text:12} TypeError: {e}")
