# Control flow inside generators: break/continue, for-else, while-else, try/except/else, match.
def control(items):
    for i, x in enumerate(items):
        if x is None:
            continue
        if x == "stop":
            break
        try:
            v = int(x)
        except ValueError:
            yield ("bad", x)
        else:
            yield ("ok", v)
        finally:
            yield ("seen", i)
    else:
        yield ("no break",)
    yield ("after loop",)

print(list(control(["1", None, "x", "3"])))
print(list(control(["1", "stop", "2"])))

def search(seq, target):
    i = 0
    while i < len(seq):
        yield f"check {seq[i]}"
        if seq[i] == target:
            yield "found"
            break
        i += 1
    else:
        yield "not found"

print(list(search([3, 1, 4], 1)), list(search([3], 9)))

def classify(values):
    for v in values:
        match v:
            case int(n) if n < 0:
                yield f"negative {n}"
            case int(n):
                yield f"int {n}"
            case [a, b]:
                yield f"pair {a},{b}"
            case {"name": name}:
                yield f"named {name}"
            case str() as s:
                yield f"string {s!r}"
            case _:
                yield "other"

print(list(classify([-1, 5, [1, 2], {"name": "z"}, "s", 3.5])))

def nested_loops():
    for i in range(4):
        for j in range(4):
            if j > i:
                break
            if (i + j) % 2:
                continue
            yield (i, j)
print(list(nested_loops()))

def yield_in_except():
    for exc in (ValueError, KeyError, None):
        try:
            if exc:
                raise exc("e")
            yield "no error"
        except ValueError:
            yield "value error"
        except KeyError as k:
            yield f"key error {k}"
print(list(yield_in_except()))

def walrus(data):
    it = iter(data)
    while (chunk := next(it, None)) is not None:
        yield chunk * 2
print(list(walrus([1, 2, 3])))
def countdown_with_return(n):
    while True:
        if n == 0:
            return
        yield n
        n -= 1
print(list(countdown_with_return(4)))
