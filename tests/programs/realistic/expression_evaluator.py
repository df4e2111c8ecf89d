# A tokenizer and a recursive-descent evaluator for arithmetic with variables and functions.
import math

TOKEN_KINDS = ("number", "name", "op", "lparen", "rparen", "comma", "end")


def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(text) and (text[j].isdigit() or text[j] == "."):
                j += 1
            literal = text[i:j]
            tokens.append(("number", float(literal) if "." in literal else int(literal)))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(text) and (text[j].isalnum() or text[j] == "_"):
                j += 1
            tokens.append(("name", text[i:j]))
            i = j
        elif text.startswith("**", i):
            tokens.append(("op", "**"))
            i += 2
        elif ch in "+-*/%":
            tokens.append(("op", ch))
            i += 1
        elif ch in "(),":
            tokens.append(({"(": "lparen", ")": "rparen", ",": "comma"}[ch], ch))
            i += 1
        else:
            raise SyntaxError(f"unexpected character {ch!r} at {i}")
    tokens.append(("end", None))
    return tokens


FUNCTIONS = {"sqrt": math.sqrt, "max": max, "min": min, "abs": abs, "floor": math.floor}


def evaluate(text, env):
    tokens = tokenize(text)
    pos = [0]

    def peek():
        return tokens[pos[0]]

    def take(kind=None):
        tok = tokens[pos[0]]
        if kind and tok[0] != kind:
            raise SyntaxError(f"expected {kind}, got {tok[0]}")
        pos[0] += 1
        return tok

    def expr():
        value = term()
        while peek()[0] == "op" and peek()[1] in "+-":
            op = take()[1]
            rhs = term()
            value = value + rhs if op == "+" else value - rhs
        return value

    def term():
        value = power()
        while peek()[0] == "op" and peek()[1] in ("*", "/", "%"):
            op = take()[1]
            rhs = power()
            if op == "*":
                value *= rhs
            elif op == "/":
                value /= rhs
            else:
                value %= rhs
        return value

    def power():
        base = unary()
        if peek() == ("op", "**"):
            take()
            return base ** power()
        return base

    def unary():
        if peek() == ("op", "-"):
            take()
            return -unary()
        return atom()

    def atom():
        kind, value = take()
        if kind == "number":
            return value
        if kind == "lparen":
            inner = expr()
            take("rparen")
            return inner
        if kind == "name":
            if peek()[0] == "lparen":
                take()
                args = [expr()]
                while peek()[0] == "comma":
                    take()
                    args.append(expr())
                take("rparen")
                return FUNCTIONS[value](*args)
            if value not in env:
                raise NameError(f"unknown variable {value!r}")
            return env[value]
        raise SyntaxError(f"unexpected {kind}")

    result = expr()
    take("end")
    return result


env = {"x": 3, "y": 4.5, "n": 10}
for source in ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-x ** 2", "sqrt(x * x + 16)", "max(1, n, 7) % 4",
               "y / 2 - floor(y)", "10 / 4", "10 % 3 + abs(-7)", "min(x, y) * (n - 1)", "1 +", "2 * z", "3 $ 4", "1 / 0"]:
    try:
        print(f"{source:<22} = {evaluate(source, env)}")
    except (SyntaxError, NameError, ZeroDivisionError, KeyError) as e:
        print(f"{source:<22} ! {type(e).__name__}: {e}")
print(tokenize("alpha_1 * (2.5 + beta)"))
