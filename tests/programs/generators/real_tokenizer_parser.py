# Realistic: a tokenizer generator feeding a recursive-descent parser and an evaluator.
import math

class Token:
    def __init__(self, kind, text, pos):
        self.kind, self.text, self.pos = kind, text, pos
    def __repr__(self):
        return f"{self.kind}:{self.text}"

def tokenize(src):
    i = 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            start = i
            while i < len(src) and (src[i].isdigit() or src[i] == "."):
                i += 1
            yield Token("num", src[start:i], start)
        elif c.isalpha() or c == "_":
            start = i
            while i < len(src) and (src[i].isalnum() or src[i] == "_"):
                i += 1
            yield Token("name", src[start:i], start)
        elif src.startswith("**", i):
            yield Token("op", "**", i)
            i += 2
        elif c in "+-*/(),=":
            yield Token("op", c, i)
            i += 1
        else:
            raise SyntaxError(f"unexpected {c!r} at {i}")
    yield Token("end", "", i)

class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.tok = next(self.tokens)
    def advance(self):
        t = self.tok
        if t.kind != "end":
            self.tok = next(self.tokens)
        return t
    def expect(self, text):
        if self.tok.text != text:
            raise SyntaxError(f"expected {text!r} at {self.tok.pos}, got {self.tok.text!r}")
        return self.advance()
    def statement(self):
        if self.tok.kind == "name":
            name = self.advance()
            if self.tok.text == "=":
                self.advance()
                return ("assign", name.text, self.expr())
            return self.rest_of_expr(self.postfix(("var", name.text)))
        return self.expr()
    def rest_of_expr(self, left):
        left = self.power_tail(left)
        left = self.term_tail(left)
        return self.expr_tail(left)
    def expr(self):
        return self.expr_tail(self.term())
    def expr_tail(self, left):
        while self.tok.text in ("+", "-"):
            op = self.advance().text
            left = (op, left, self.term())
        return left
    def term(self):
        return self.term_tail(self.power())
    def term_tail(self, left):
        while self.tok.text in ("*", "/"):
            op = self.advance().text
            left = (op, left, self.power())
        return left
    def power(self):
        return self.power_tail(self.unary())
    def power_tail(self, base):
        if self.tok.text == "**":
            self.advance()
            return ("**", base, self.power())
        return base
    def unary(self):
        if self.tok.text == "-":
            self.advance()
            return ("neg", self.unary())
        return self.atom()
    def atom(self):
        t = self.advance()
        if t.kind == "num":
            return ("num", float(t.text) if "." in t.text else int(t.text))
        if t.kind == "name":
            return self.postfix(("var", t.text))
        if t.text == "(":
            e = self.expr()
            self.expect(")")
            return e
        raise SyntaxError(f"unexpected {t.text!r} at {t.pos}")
    def postfix(self, node):
        if self.tok.text == "(":
            self.advance()
            args = []
            if self.tok.text != ")":
                args.append(self.expr())
                while self.tok.text == ",":
                    self.advance()
                    args.append(self.expr())
            self.expect(")")
            return ("call", node[1], args)
        return node

FUNCS = {"sqrt": math.sqrt, "max": max, "min": min, "abs": abs}

def evaluate(node, env):
    kind = node[0]
    if kind == "num":
        return node[1]
    if kind == "var":
        return env[node[1]]
    if kind == "neg":
        return -evaluate(node[1], env)
    if kind == "assign":
        env[node[1]] = evaluate(node[2], env)
        return env[node[1]]
    if kind == "call":
        return FUNCS[node[1]](*(evaluate(a, env) for a in node[2]))
    a, b = evaluate(node[1], env), evaluate(node[2], env)
    return {"+": a + b, "-": a - b, "*": a * b, "**": a ** b}.get(kind) if kind != "/" else a / b

program = ["x = 3", "y = x * (2 + 4) - 1", "y ** 2 / 17", "-x ** 2", "max(x, y, 10) + sqrt(16)",
           "z = abs(-2.5) * 4", "x + y + z", "2 ** 3 ** 2", "(1 + ", "3 $ 4", "q + 1"]
env = {}
for line in program:
    print(line)
    try:
        print("   tokens:", [t for t in tokenize(line)][:5])
        tree = Parser(tokenize(line)).statement()
        print("   tree:", tree)
        print("   value:", evaluate(tree, env))
    except SyntaxError as e:
        print("   syntax error:", e)
    except KeyError as e:
        print("   undefined name:", e)
print(sorted(env.items()))
