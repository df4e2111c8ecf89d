# In-place operators: __iadd__ etc., fallback to __add__, mutation vs rebinding.
class Bag:
    def __init__(self, items=()):
        self.items = list(items)

    def __add__(self, o):
        print("  __add__")
        return Bag(self.items + list(o.items))

    def __iadd__(self, o):
        print("  __iadd__")
        self.items.extend(o.items)
        return self

    def __mul__(self, n):
        print("  __mul__")
        return Bag(self.items * n)

    def __repr__(self):
        return f"Bag({self.items})"


a = Bag([1])
alias = a
a += Bag([2])
print(a, alias, a is alias)
a *= 2
print(a, alias, a is alias)
b = Bag([9])
b = b + Bag([8])
print(b)


class Weird:
    def __iadd__(self, o):
        return "replaced"

    def __isub__(self, o):
        return NotImplemented

    def __sub__(self, o):
        return "sub fallback"


w = Weird()
w += 1
print(w)
w = Weird()
w -= 1
print(w)


class Holder:
    def __init__(self):
        self.val = Bag([0])
        self.n = 1


h = Holder()
h.val += Bag([5])
h.n += 10
print(h.val, h.n)
lst = [Bag([1])]
lst[0] += Bag([2])
print(lst)
t = (Bag([1]),)
try:
    t[0] += Bag([3])
except TypeError as e:
    print("TypeError:", e)
print(t)
x = Weird()
try:
    x *= 2
except TypeError as e:
    print("TypeError:", e)
try:
    x //= 2
except TypeError as e:
    print("TypeError:", e)


def apply(op):
    y = Weird()
    if op == '|=':
        y |= 1
    elif op == '<<=':
        y <<= 1
    elif op == '**=':
        y **= 1
    elif op == '%=':
        y %= 1
    elif op == '&=':
        y &= 1
    elif op == '^=':
        y ^= 1
    elif op == '>>=':
        y >>= 1
    elif op == '@=':
        y @= 1
    elif op == '/=':
        y /= 1


for op in ("|=", "<<=", "**=", "%=", "&=", "^=", ">>=", "@=", "/="):
    try:
        apply(op)
    except TypeError as e:
        print(op, "->", e)
