# A tokenizer and evaluator for arithmetic with variables, driven by iter()/next():
# characters come from an iterator with one character of lookahead, tokens from iter(callable, sentinel).
DIGITS = "0123456789"
LETTERS = "abcdefghijklmnopqrstuvwxyz_"
OPERATORS = "+-*/%()=,"

def tokenize(text):
    chars = iter(text + "\0")
    current = [next(chars)]

    def advance():
        current[0] = next(chars, "\0")

    def next_token():
        while current[0] == " ":
            advance()
        ch = current[0]
        if ch == "\0":
            return ("end", None)
        if ch in DIGITS:
            number = 0
            while current[0] in DIGITS and current[0] != "\0":
                number = number * 10 + ord(current[0]) - ord("0")
                advance()
            return ("num", number)
        if ch in LETTERS:
            name = ""
            while current[0] != "\0" and (current[0] in LETTERS or current[0] in DIGITS):
                name += current[0]
                advance()
            return ("name", name)
        if ch in OPERATORS:
            advance()
            return ("op", ch)
        raise SyntaxError("unexpected character " + repr(ch))

    return list(iter(next_token, ("end", None))) + [("end", None)]

def evaluate(text, env):
    tokens = iter(tokenize(text))
    look = [next(tokens)]

    def take():
        tok = look[0]
        look[0] = next(tokens, ("end", None))
        return tok

    def expect(op):
        tok = take()
        if tok != ("op", op):
            raise SyntaxError("expected " + op + " but got " + str(tok[1]))

    def primary():
        kind, value = take()
        if kind == "num":
            return value
        if kind == "name":
            if look[0] == ("op", "("):
                take()
                args = [expression()]
                while look[0] == ("op", ","):
                    take()
                    args.append(expression())
                expect(")")
                return FUNCTIONS[value](*args)
            if value not in env:
                raise NameError("undefined variable " + value)
            return env[value]
        if (kind, value) == ("op", "-"):
            return -primary()
        if (kind, value) == ("op", "("):
            result = expression()
            expect(")")
            return result
        raise SyntaxError("unexpected token " + str(value))

    def term():
        result = primary()
        while look[0] in [("op", "*"), ("op", "/"), ("op", "%")]:
            op = take()[1]
            right = primary()
            if op == "*":
                result = result * right
            elif op == "/":
                result = result // right
            else:
                result = result % right
        return result

    def expression():
        result = term()
        while look[0] in [("op", "+"), ("op", "-")]:
            op = take()[1]
            right = term()
            result = result + right if op == "+" else result - right
        return result

    if look[0][0] == "name":
        first = look[0]
        rest = list(tokens)
        tokens = iter(rest)
        if rest and rest[0] == ("op", "="):
            next(tokens)
            look[0] = next(tokens)
            env[first[1]] = expression()
            return first[1] + " = " + str(env[first[1]])
        tokens = iter([first] + rest)
        look[0] = next(tokens)
    value = expression()
    if look[0] != ("end", None):
        raise SyntaxError("trailing input " + str(look[0][1]))
    return value

FUNCTIONS = {
    "max": max,
    "min": min,
    "abs": abs,
    "sum": lambda *xs: sum(xs),
    "chr": lambda n: ord(chr(n)),
}

print(tokenize("x1 = 42 + foo*(3 - 1)"))
env = {}
program = [
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "x = 10",
    "y = x * x - 1",
    "y % 7 + -x",
    "max(x, y, 5) - min(3, x)",
    "sum(1, 2, 3, 4) * abs(-2)",
    "z = chr(65) + 1",
    "100 / 7 / 2",
    "q + 1",
    "(1 + 2",
    "3 $ 4",
    "7 / 0",
    "1 2",
]
for line in program:
    try:
        print(line, "->", evaluate(line, env))
    except (SyntaxError, NameError, ZeroDivisionError) as e:
        print(line, "->", type(e).__name__, e)
print(sorted(env))
print([(name, env[name]) for name in sorted(env, key=lambda n: env[n])])
counts = {}
for kind, value in tokenize("a = b + 12 * (c - 3) / d"):
    counts[kind] = counts.get(kind, 0) + 1
print(sorted(zip(counts, [counts[k] for k in counts])))
