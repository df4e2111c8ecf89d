def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case int(n) if n < 0:
            return f"negative {n}"
        case int():
            return "int"
        case str() as s:
            return "str " + s
        case [a, b]:
            return f"pair {a} {b}"
        case [first, *rest]:
            return f"list starting {first} with {len(rest)} more"
        case {"name": name, "age": age}:
            return f"person {name} {age}"
        case {"kind": k, **others}:
            return f"kind {k} others {sorted(others)}"
        case (1.5, _):
            return "tuple with 1.5"
        case None:
            return "none"
        case _:
            return "other"

for v in [0, 2, -7, 42, "hi", [1, 2], [1, 2, 3, 4], {"name": "Ann", "age": 31}, {"kind": "x", "b": 1, "a": 2}, (1.5, 9), None, 3.25, (4, 5)]:
    print(repr(v), "->", describe(v))

def command(cmd):
    match cmd.split():
        case ["go", direction]:
            return "going " + direction
        case ["pick", "up", item] | ["take", item]:
            return "taking " + item
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "nothing"
        case _:
            return "unknown: " + cmd

for c in ["go north", "pick up lamp", "take key", "quit", "exit", "", "dance now"]:
    print(command(c))

match (1, [2, (3, 4)]):
    case (a, [b, (c, d)]):
        print(a + b + c + d)
