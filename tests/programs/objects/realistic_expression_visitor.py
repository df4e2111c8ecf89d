# Expression tree with operator overloading to build nodes and visitor classes to evaluate/print/simplify.
class Expr:
    def __add__(self, o):
        return Add(self, wrap(o))

    def __radd__(self, o):
        return Add(wrap(o), self)

    def __sub__(self, o):
        return Sub(self, wrap(o))

    def __rsub__(self, o):
        return Sub(wrap(o), self)

    def __mul__(self, o):
        return Mul(self, wrap(o))

    def __rmul__(self, o):
        return Mul(wrap(o), self)

    def __neg__(self):
        return Mul(Const(-1), self)

    def __pow__(self, n):
        return Pow(self, wrap(n))

    def accept(self, visitor):
        method = getattr(visitor, "visit_" + type(self).__name__, None)
        if method is None:
            return visitor.generic_visit(self)
        return method(self)


def wrap(v):
    return v if isinstance(v, Expr) else Const(v)


class Const(Expr):
    def __init__(self, value):
        self.value = value

    def __eq__(self, o):
        return isinstance(o, Const) and o.value == self.value

    __hash__ = None


class Var(Expr):
    def __init__(self, name):
        self.name = name


class BinOp(Expr):
    symbol = "?"

    def __init__(self, left, right):
        self.left, self.right = left, right


class Add(BinOp):
    symbol = "+"


class Sub(BinOp):
    symbol = "-"


class Mul(BinOp):
    symbol = "*"


class Pow(BinOp):
    symbol = "^"


class Visitor:
    def generic_visit(self, node):
        raise NotImplementedError(f"{type(self).__name__} cannot visit {type(node).__name__}")


class Printer(Visitor):
    def visit_Const(self, n):
        return str(n.value)

    def visit_Var(self, n):
        return n.name

    def visit_BinOp(self, n):
        return f"({n.left.accept(self)} {n.symbol} {n.right.accept(self)})"

    visit_Add = visit_Sub = visit_Mul = visit_Pow = visit_BinOp


class Evaluator(Visitor):
    ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "^": lambda a, b: a ** b}

    def __init__(self, env):
        self.env = env

    def visit_Const(self, n):
        return n.value

    def visit_Var(self, n):
        try:
            return self.env[n.name]
        except KeyError:
            raise NameError(f"unbound variable {n.name!r}") from None

    def generic_visit(self, n):
        if isinstance(n, BinOp):
            return self.ops[n.symbol](n.left.accept(self), n.right.accept(self))
        return super().generic_visit(n)


class Simplifier(Visitor):
    def visit_Const(self, n):
        return n

    visit_Var = visit_Const

    def generic_visit(self, n):
        left, right = n.left.accept(self), n.right.accept(self)
        if isinstance(left, Const) and isinstance(right, Const):
            return Const(Evaluator({}).ops[n.symbol](left.value, right.value))
        if isinstance(n, Add):
            if left == Const(0):
                return right
            if right == Const(0):
                return left
        if isinstance(n, Mul):
            if left == Const(0) or right == Const(0):
                return Const(0)
            if left == Const(1):
                return right
            if right == Const(1):
                return left
        if isinstance(n, Pow) and right == Const(1):
            return left
        return type(n)(left, right)


class Derivative(Visitor):
    def __init__(self, var):
        self.var = var

    def visit_Const(self, n):
        return Const(0)

    def visit_Var(self, n):
        return Const(1 if n.name == self.var else 0)

    def visit_Add(self, n):
        return n.left.accept(self) + n.right.accept(self)

    def visit_Sub(self, n):
        return n.left.accept(self) - n.right.accept(self)

    def visit_Mul(self, n):
        return n.left.accept(self) * n.right + n.left * n.right.accept(self)

    def visit_Pow(self, n):
        return n.right * n.left ** (n.right.value - 1) * n.left.accept(self)


x, y = Var("x"), Var("y")
exprs = [x + 1, 2 * x + y, (x - 3) * (y + 0), x ** 2 + 3 * x - 1, -x, 1 - (0 + x * 1)]
p, s = Printer(), Simplifier()
for e in exprs:
    simple = e.accept(s)
    print(f"{e.accept(p):32} => {simple.accept(p):16} = {e.accept(Evaluator({'x': 4, 'y': 10}))}")
poly = x ** 3 + 2 * x ** 2 - x + 7
d = poly.accept(Derivative("x"))
print(d.accept(s).accept(p), d.accept(Evaluator({"x": 2})))
try:
    (x + y).accept(Evaluator({"x": 1}))
except NameError as e:
    print("NameError:", e)


class Neg(Expr):
    pass


try:
    Neg().accept(p)
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(Const(3) == Const(3), Const(3) == 3, isinstance(x + 1, BinOp), type(1 + x).__name__, type(x ** 2).__name__)
