# Mini spreadsheet: cells hold numbers or formulas referencing other cells.
cells = {
    "A1": "10", "A2": "20", "A3": "=A1+A2*2", "B1": "=SUM(A1:A3)", "B2": "=B1/4",
    "B3": "=MAX(A1:A3)-MIN(A1:A3)", "C1": "=C2+1", "C2": "=C1+1", "C3": "=A1/(A2-20)",
    "D1": "=B2*(A1-3)", "D2": "=Z9+1", "D3": "=AVG(A1:B2)",
}


def tokenize(expr):
    tokens, i = [], 0
    while i < len(expr):
        ch = expr[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(expr) and (expr[j].isdigit() or expr[j] == "."):
                j += 1
            tokens.append(("num", float(expr[i:j])))
            i = j
        elif ch.isalpha():
            j = i
            while j < len(expr) and expr[j].isalnum():
                j += 1
            tokens.append(("name", expr[i:j]))
            i = j
        else:
            tokens.append(("op", ch))
            i += 1
    return tokens


def expand(a, b):
    cols = [chr(c) for c in range(ord(a[0]), ord(b[0]) + 1)]
    return [f"{c}{r}" for c in cols for r in range(int(a[1:]), int(b[1:]) + 1)]


FUNCS = {"SUM": sum, "MAX": max, "MIN": min, "AVG": lambda xs: sum(xs) / len(xs)}


def evaluate(name, visiting=()):
    if name in visiting:
        raise RecursionError("cycle: " + " -> ".join(list(visiting) + [name]))
    if name not in cells:
        raise KeyError(f"no cell {name}")
    raw = cells[name]
    if not raw.startswith("="):
        return float(raw)
    toks = tokenize(raw[1:])
    pos = [0]
    path = visiting + (name,)

    def peek():
        return toks[pos[0]] if pos[0] < len(toks) else ("end", None)

    def take():
        t = peek()
        pos[0] += 1
        return t

    def atom():
        kind, val = take()
        if kind == "num":
            return val
        if kind == "op" and val == "(":
            v = expr()
            take()
            return v
        if kind == "op" and val == "-":
            return -atom()
        if kind == "name" and peek() == ("op", "("):
            take()
            a = take()[1]
            take()
            b = take()[1]
            take()
            return FUNCS[val]([evaluate(c, path) for c in expand(a, b)])
        if kind == "name":
            return evaluate(val, path)
        raise SyntaxError(f"unexpected {val!r}")

    def term():
        v = atom()
        while peek() in (("op", "*"), ("op", "/")):
            op = take()[1]
            rhs = atom()
            v = v * rhs if op == "*" else v / rhs
        return v

    def expr():
        v = term()
        while peek() in (("op", "+"), ("op", "-")):
            op = take()[1]
            rhs = term()
            v = v + rhs if op == "+" else v - rhs
        return v

    return expr()


print(tokenize("SUM(A1:B2)*3.5-x"))
print(expand("A1", "B3"))
for row in "123":
    line = []
    for col in "ABCD":
        name = col + row
        try:
            line.append(f"{evaluate(name):>10.3f}")
        except (RecursionError, ZeroDivisionError, KeyError, SyntaxError) as e:
            line.append(f"{'#' + type(e).__name__[:8]:>10}")
            print(f"  {name}: {type(e).__name__}: {e}")
    print(row, "|".join(line))
cells["A2"] = "5"
print("after A2=5:", evaluate("B1"), evaluate("D1"), round(evaluate("D3"), 4))
