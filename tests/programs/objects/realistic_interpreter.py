# A small interpreter: tokenizer, recursive-descent parser producing AST node classes, and an evaluator with scopes and functions.
class Token:
    __slots__ = ("kind", "text")

    def __init__(self, kind, text):
        self.kind, self.text = kind, text

    def __repr__(self):
        return f"{self.kind}:{self.text}"

def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < len(src) and src[j].isdigit():
                j += 1
            tokens.append(Token("num", src[i:j]))
            i = j
        elif ch.isalpha():
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            word = src[i:j]
            tokens.append(Token("kw" if word in ("let", "fn", "if", "then", "else") else "name", word))
            i = j
        elif src.startswith("==", i):
            tokens.append(Token("op", "=="))
            i += 2
        elif ch in "+-*/()=,<;":
            tokens.append(Token("op", ch))
            i += 1
        else:
            raise SyntaxError(f"unexpected character {ch!r} at {i}")
    tokens.append(Token("eof", ""))
    return tokens

class Node:
    fields = ()

    def __init__(self, *args):
        if len(args) != len(self.fields):
            raise TypeError(f"{type(self).__name__} expects {len(self.fields)} fields, got {len(args)}")
        for name, value in zip(self.fields, args):
            setattr(self, name, value)

    def __repr__(self):
        return f"{type(self).__name__}(" + ", ".join([repr(getattr(self, f)) for f in self.fields]) + ")"

    def __eq__(self, other):
        return type(self) is type(other) and all([getattr(self, f) == getattr(other, f) for f in self.fields])

    __hash__ = None

class Num(Node): fields = ("value",)
class Name(Node): fields = ("id",)
class BinOp(Node): fields = ("op", "left", "right")
class Let(Node): fields = ("name", "value", "body")
class If(Node): fields = ("cond", "then", "other")
class Fn(Node): fields = ("params", "body")
class Call(Node): fields = ("fn", "args")

class Parser:
    precedence = {"==": 1, "<": 1, "+": 2, "-": 2, "*": 3, "/": 3}

    def __init__(self, src):
        self.tokens = tokenize(src)
        self.pos = 0

    @property
    def tok(self):
        return self.tokens[self.pos]

    def expect(self, text):
        if self.tok.text != text:
            raise SyntaxError(f"expected {text!r}, got {self.tok.text or 'end of input'!r}")
        self.pos += 1

    def parse(self):
        node = self.expr()
        if self.tok.kind != "eof":
            raise SyntaxError(f"trailing input at {self.tok!r}")
        return node

    def expr(self):
        if self.tok.text == "let":
            self.pos += 1
            name = self.tok.text
            self.pos += 1
            self.expect("=")
            value = self.expr()
            self.expect(";")
            return Let(name, value, self.expr())
        if self.tok.text == "if":
            self.pos += 1
            cond = self.expr()
            self.expect("then")
            then = self.expr()
            self.expect("else")
            return If(cond, then, self.expr())
        if self.tok.text == "fn":
            self.pos += 1
            self.expect("(")
            params = []
            while self.tok.text != ")":
                params.append(self.tok.text)
                self.pos += 1
                if self.tok.text == ",":
                    self.pos += 1
            self.expect(")")
            return Fn(tuple(params), self.expr())
        return self.binary(0)

    def binary(self, min_prec):
        left = self.call()
        while self.tok.kind == "op" and self.precedence.get(self.tok.text, -1) > min_prec:
            op = self.tok.text
            self.pos += 1
            left = BinOp(op, left, self.binary(self.precedence[op]))
        return left

    def call(self):
        node = self.atom()
        while self.tok.text == "(":
            self.pos += 1
            args = []
            while self.tok.text != ")":
                args.append(self.expr())
                if self.tok.text == ",":
                    self.pos += 1
            self.expect(")")
            node = Call(node, tuple(args))
        return node

    def atom(self):
        t = self.tok
        self.pos += 1
        if t.kind == "num":
            return Num(int(t.text))
        if t.kind == "name":
            return Name(t.text)
        if t.text == "(":
            node = self.expr()
            self.expect(")")
            return node
        raise SyntaxError(f"unexpected token {t!r}")

class Closure:
    def __init__(self, fn, env):
        self.fn, self.env = fn, env

    def __repr__(self):
        return f"<closure ({', '.join(self.fn.params)})>"

class Env(dict):
    def __init__(self, parent=None, **bindings):
        super().__init__(bindings)
        self.parent = parent

    def __missing__(self, key):
        if self.parent is None:
            raise NameError(f"undefined name {key!r}")
        return self.parent[key]

class Interpreter:
    ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
           "/": lambda a, b: a // b, "<": lambda a, b: int(a < b), "==": lambda a, b: int(a == b)}

    def eval(self, node, env):
        return getattr(self, "eval_" + type(node).__name__)(node, env)

    def eval_Num(self, n, env):
        return n.value

    def eval_Name(self, n, env):
        return env[n.id]

    def eval_BinOp(self, n, env):
        return self.ops[n.op](self.eval(n.left, env), self.eval(n.right, env))

    def eval_Let(self, n, env):
        inner = Env(env)
        inner[n.name] = self.eval(n.value, inner)
        return self.eval(n.body, inner)

    def eval_If(self, n, env):
        return self.eval(n.then if self.eval(n.cond, env) else n.other, env)

    def eval_Fn(self, n, env):
        return Closure(n, env)

    def eval_Call(self, n, env):
        f = self.eval(n.fn, env)
        if not isinstance(f, Closure):
            raise TypeError(f"{f!r} is not a function")
        if len(n.args) != len(f.fn.params):
            raise TypeError(f"expected {len(f.fn.params)} argument(s), got {len(n.args)}")
        call_env = Env(f.env, **dict(zip(f.fn.params, [self.eval(a, env) for a in n.args])))
        return self.eval(f.fn.body, call_env)


programs = [
    '1 + 2 * 3', '(1 + 2) * 3', 'let x = 5; x * x - 1', 'let sq = fn(n) n * n; sq(7) + sq(2)',
    'let fact = fn(n) if n < 2 then 1 else n * fact(n - 1); fact(10)',
    'let fib = fn(n) if n < 2 then n else fib(n - 1) + fib(n - 2); fib(15)',
    'let add = fn(a) fn(b) a + b; let inc = add(1); inc(41)',
    'let x = 1; let f = fn() x; let x = 2; f() * 10 + x', 'if 3 == 3 then 100 else 200', 'fn(a, b) a', '1 + ',
    'let y = 2; z', '3(4)', 'let f = fn(a) a; f(1, 2)', '2 $ 3',
]
print(Parser("1 + 2 * 3").parse())
print(Parser("let f = fn(a, b) a; f(1, 2)").parse() == Parser("let  f=fn(a,b)a;f(1,2)").parse())
interp = Interpreter()
for src in programs:
    try:
        ast = Parser(src).parse()
        print(f"{src!r:70} => {interp.eval(ast, Env())!r}")
    except (SyntaxError, NameError, TypeError) as e:
        print(f"{src!r:70} !! {type(e).__name__}: {e}")
