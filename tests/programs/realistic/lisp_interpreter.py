# A small Lisp: tokenizer, reader, environments as dicts chained by parent links, closures, tail loop.
import math


def tokenize(src):
    return src.replace("(", " ( ").replace(")", " ) ").replace("'", " ' ").split()


def read(tokens):
    if not tokens:
        raise SyntaxError("unexpected end of input")
    tok = tokens.pop(0)
    if tok == "(":
        items = []
        while tokens and tokens[0] != ")":
            items.append(read(tokens))
        if not tokens:
            raise SyntaxError("missing )")
        tokens.pop(0)
        return items
    if tok == ")":
        raise SyntaxError("unexpected )")
    if tok == "'":
        return [("sym", "quote"), read(tokens)]
    for conv in (int, float):
        try:
            return conv(tok)
        except ValueError:
            pass
    return ("sym", tok)


def make_env(params=(), args=(), parent=None):
    return {"vars": dict(zip(params, args)), "parent": parent}


def lookup(env, name):
    while env is not None:
        if name in env["vars"]:
            return env
        env = env["parent"]
    raise NameError(f"unbound symbol {name}")


def global_env():
    env = make_env()
    env["vars"].update({
        "+": lambda *a: sum(a), "-": lambda a, *b: a - sum(b) if b else -a, "*": lambda *a: math.prod(a),
        "/": lambda a, b: a / b if isinstance(a, float) or isinstance(b, float) or a % b else a // b,
        "<": lambda a, b: a < b, ">": lambda a, b: a > b, "=": lambda a, b: a == b, "<=": lambda a, b: a <= b,
        "list": lambda *a: list(a), "car": lambda l: l[0], "cdr": lambda l: l[1:], "cons": lambda a, l: [a] + l,
        "null?": lambda l: l == [], "length": len, "abs": abs, "sqrt": math.sqrt, "not": lambda x: x is False,
    })
    return env


def evaluate(x, env):
    while True:
        if isinstance(x, tuple):
            name = x[1]
            return lookup(env, name)["vars"][name]
        if not isinstance(x, list):
            return x
        if not x:
            return []
        head = x[0]
        op = head[1] if isinstance(head, tuple) else None
        if op == "quote":
            return x[1]
        if op == "if":
            _, test, then, *other = x
            x = then if evaluate(test, env) is not False else (other[0] if other else False)
            continue
        if op == "define":
            target = x[1]
            if isinstance(target, list):
                fname = target[0][1]
                env["vars"][fname] = make_lambda([p[1] for p in target[1:]], x[2:], env)
            else:
                env["vars"][target[1]] = evaluate(x[2], env)
            return None
        if op == "set!":
            name = x[1][1]
            lookup(env, name)["vars"][name] = evaluate(x[2], env)
            return None
        if op == "lambda":
            return make_lambda([p[1] for p in x[1]], x[2:], env)
        if op == "begin":
            for e in x[1:-1]:
                evaluate(e, env)
            x = x[-1]
            continue
        if op == "let":
            names = [b[0][1] for b in x[1]]
            values = [evaluate(b[1], env) for b in x[1]]
            env = make_env(names, values, env)
            for e in x[2:-1]:
                evaluate(e, env)
            x = x[-1]
            continue
        fn = evaluate(head, env)
        args = [evaluate(a, env) for a in x[1:]]
        if isinstance(fn, dict) and fn.get("kind") == "lambda":
            if len(args) != len(fn["params"]):
                raise TypeError(f"expected {len(fn['params'])} arguments, got {len(args)}")
            env = make_env(fn["params"], args, fn["env"])
            for e in fn["body"][:-1]:
                evaluate(e, env)
            x = fn["body"][-1]
            continue
        return fn(*args)


def make_lambda(params, body, env):
    return {"kind": "lambda", "params": params, "body": body, "env": env}


def to_str(v):
    if v is True:
        return "#t"
    if v is False:
        return "#f"
    if isinstance(v, list):
        return "(" + " ".join([to_str(i) for i in v]) + ")"
    if isinstance(v, tuple):
        return v[1]
    if isinstance(v, dict):
        return f"<lambda/{len(v['params'])}>"
    return str(v)


PROGRAM = """
(define (fact n) (if (< n 2) 1 (* n (fact (- n 1)))))
(fact 20)
(define (loop i acc) (if (= i 0) acc (loop (- i 1) (+ acc i))))
(loop 5000 0)
(define (map f l) (if (null? l) '() (cons (f (car l)) (map f (cdr l)))))
(map (lambda (x) (* x x)) '(1 2 3 4 5))
(define (make-counter) (let ((n 0)) (lambda () (begin (set! n (+ n 1)) n))))
(define c (make-counter))
(c)
(c)
(list (c) (length '(a b c)) (car '(x y)) (cdr '(x y z)))
(define compose (lambda (f g) (lambda (x) (f (g x)))))
((compose (lambda (x) (* 2 x)) (lambda (x) (+ x 3))) 4)
(/ 7 2)
(/ 8 2)
(sqrt 2)
(if (> 1 2) 'yes 'no)
make-counter
(not (= 1 1))
"""

env = global_env()
for line in PROGRAM.strip().splitlines():
    result = evaluate(read(tokenize(line)), env)
    if result is not None:
        print(f"{line[:45]:<45} => {to_str(result)}")

for bad in ["(+ 1", ")", "(undefined-fn 1)", "(fact 1 2)", "(car '())"]:
    try:
        print(to_str(evaluate(read(tokenize(bad)), env)))
    except (SyntaxError, NameError, TypeError, IndexError) as e:
        print(f"{bad:<20} !! {type(e).__name__}: {e}")
evaluate(read(tokenize("(/ 1 0)")), env)
