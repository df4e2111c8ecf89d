# Bitwise, shift and matmul operators with reflected forms.
class Bits:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Bits({self.v:#06b})"

    def __and__(self, o):
        return Bits(self.v & int(o))

    def __or__(self, o):
        return Bits(self.v | int(o))

    def __xor__(self, o):
        if not isinstance(o, (int, Bits)):
            return NotImplemented
        return Bits(self.v ^ int(o))

    def __rand__(self, o):
        return Bits(o & self.v)

    def __ror__(self, o):
        return ("ror", o, self.v)

    def __lshift__(self, n):
        return Bits((self.v << n) & 0xF)

    def __rshift__(self, n):
        return Bits(self.v >> n)

    def __rlshift__(self, o):
        return ("rlshift", o, self.v)

    def __int__(self):
        return self.v

    def __invert__(self):
        return Bits(~self.v & 0xF)


x, y = Bits(0b1100), Bits(0b1010)
print(x & y, x | y, x ^ y, ~x)
print(x << 1, x >> 2, 3 & x, 3 | x, 1 << x)
try:
    x ^ "a"
except TypeError as e:
    print("TypeError:", e)
try:
    5 ^ x
except TypeError as e:
    print("TypeError:", e)


class Mat:
    def __init__(self, rows):
        self.rows = rows

    def __matmul__(self, o):
        if isinstance(o, Mat):
            cols = list(zip(*o.rows))
            return Mat([[sum([a * b for a, b in zip(r, c)]) for c in cols] for r in self.rows])
        return NotImplemented

    def __rmatmul__(self, o):
        if isinstance(o, list):
            return [sum([a * b for a, b in zip(o, col)]) for col in zip(*self.rows)]
        return NotImplemented

    def __imatmul__(self, o):
        print("  imatmul")
        self.rows = (self @ o).rows
        return self

    def __repr__(self):
        return f"Mat({self.rows})"


m = Mat([[1, 2], [3, 4]])
n = Mat([[0, 1], [1, 0]])
print(m @ n, n @ m)
print([1, 1] @ m)
keep = m
m @= n
print(m, m is keep)
try:
    m @ 3
except TypeError as e:
    print("TypeError:", e)
try:
    [1] @ [2]
except TypeError as e:
    print("TypeError:", e)
