# match statements: mapping patterns, builtin class patterns, literals and value patterns.
import math


def event(e):
    match e:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k)} if len(k) == 1:
            return f"key {k!r}"
        case {"type": "key", "key": k}:
            return f"special key {k}"
        case {"type": "resize", "size": {"w": int(w), "h": int(h)}, **rest}:
            return f"resize {w}x{h} extra={sorted(rest)}"
        case {"type": t, **rest} if not rest:
            return f"bare event {t}"
        case {"type": _}:
            return "event with unknown fields"
        case {}:
            return "mapping without a type"
        case _:
            return "not a mapping"


samples = [
    {"type": "click", "pos": (3, 4)},
    {"type": "click", "pos": [5, 6], "button": 1},
    {"type": "key", "key": "a"},
    {"type": "key", "key": "Enter"},
    {"type": "key", "key": 13},
    {"type": "resize", "size": {"w": 80, "h": 24}, "z": 1, "a": 2},
    {"type": "resize", "size": {"w": 80.0, "h": 24}},
    {"type": "scroll"},
    {"other": 1},
    [("type", "click")],
]
for s in samples:
    print(event(s))


def builtin_class(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int(n):
            return f"int {n}"
        case float(f) if math.isnan(f):
            return "nan"
        case float(f):
            return f"float {f}"
        case complex():
            return "complex"
        case str() as s if s.isdigit():
            return f"digit string {s}"
        case str(s):
            return f"string {s!r}"
        case bytes(b) | bytearray(b):
            return f"bytes-like of length {len(b)}"
        case list([x, *_]):
            return f"non-empty list starting {x}"
        case list():
            return "empty list"
        case tuple((a, b)):
            return f"2-tuple {a} {b}"
        case dict({"k": val}):
            return f"dict with k={val}"
        case dict(d):
            return f"dict of {len(d)}"
        case set() | frozenset():
            return f"set of {len(v)}"
        case None:
            return "None"
        case _:
            return f"other {type(v).__name__}"


for v in [True, False, -3, 7, float("nan"), 2.5, 1j, "42", "hi", b"xy", bytearray(3), [9, 8], [], (1, 2), (1, 2, 3),
          {"k": "v"}, {"a": 1, "b": 2}, {1, 2}, frozenset(), None, range(2)]:
    print(repr(v), "->", builtin_class(v))


def literal(v):
    match v:
        case 0 | 0.0:
            return "zero-ish"
        case 1:
            return "one (also True?)"
        case -1:
            return "minus one"
        case 1.5 | -2.5:
            return "a float literal"
        case "yes" | "y":
            return "affirmative"
        case b"raw":
            return "raw bytes"
        case math.pi:
            return "pi by value pattern"
        case math.inf:
            return "infinite"
        case True:
            return "unreachable for True: 1 matched first"
        case None:
            return "none"
        case 2 + 3j:
            return "complex literal"
        case _:
            return "no literal"


for v in [0, 0.0, False, 1, True, 1.0, -1, 1.5, -2.5, "yes", "y", "no", b"raw", math.pi, float("inf"), -math.inf, None, 2 + 3j, 3]:
    print(repr(v), "->", literal(v))


# keys are looked up, never iterated; missing keys fail quietly
class_free = {"a": 1, "b": 2, "c": 3}
match class_free:
    case {"a": 1, "z": _}:
        print("has z")
    case {"a": 1, "b": b, **others}:
        print("b =", b, "others =", others)

# mapping patterns also accept numeric and None keys
match {1: "one", None: "nothing", 2.5: "x"}:
    case {1: one, None: nothing}:
        print(one, nothing)
