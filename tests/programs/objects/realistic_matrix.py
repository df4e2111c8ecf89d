# A Matrix class: construction, indexing with tuples, arithmetic, matmul, transpose, determinant, equality.
class Matrix:
    def __init__(self, rows):
        if not rows or any([len(r) != len(rows[0]) for r in rows]):
            raise ValueError("rows must be non-empty and of equal length")
        self.rows = [list(r) for r in rows]

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @classmethod
    def zeros(cls, r, c):
        return cls([[0] * c for _ in range(r)])

    @property
    def shape(self):
        return (len(self.rows), len(self.rows[0]))

    def __getitem__(self, idx):
        if isinstance(idx, tuple):
            r, c = idx
            return self.rows[r][c]
        return list(self.rows[idx])

    def __setitem__(self, idx, value):
        r, c = idx
        self.rows[r][c] = value

    def __iter__(self):
        return iter([list(r) for r in self.rows])

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    __hash__ = None

    def _elementwise(self, other, op):
        if isinstance(other, Matrix):
            if self.shape != other.shape:
                raise ValueError(f"shape mismatch {self.shape} vs {other.shape}")
            return Matrix([[op(a, b) for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])
        if isinstance(other, (int, float)):
            return Matrix([[op(a, other) for a in r] for r in self.rows])
        return NotImplemented

    def __add__(self, other):
        return self._elementwise(other, lambda a, b: a + b)

    __radd__ = __add__

    def __sub__(self, other):
        return self._elementwise(other, lambda a, b: a - b)

    def __mul__(self, other):
        return self._elementwise(other, lambda a, b: a * b)

    __rmul__ = __mul__

    def __matmul__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        (n, m), (m2, p) = self.shape, other.shape
        if m != m2:
            raise ValueError(f"cannot multiply {self.shape} by {other.shape}")
        cols = list(zip(*other.rows))
        return Matrix([[sum([a * b for a, b in zip(row, col)]) for col in cols] for row in self.rows])

    def __pow__(self, n):
        result = Matrix.identity(self.shape[0])
        base = self
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
            n >>= 1
        return result

    def transpose(self):
        return Matrix([list(c) for c in zip(*self.rows)])

    T = property(transpose)

    def det(self):
        n, m = self.shape
        if n != m:
            raise ValueError("determinant needs a square matrix")
        if n == 1:
            return self.rows[0][0]
        if n == 2:
            (a, b), (c, d) = self.rows
            return a * d - b * c
        total = 0
        for j in range(n):
            minor = Matrix([r[:j] + r[j + 1:] for r in self.rows[1:]])
            total += (-1) ** j * self.rows[0][j] * minor.det()
        return total

    def __repr__(self):
        return f"Matrix({self.rows})"

    def __str__(self):
        width = max([len(str(x)) for r in self.rows for x in r])
        return "\n".join(["[" + " ".join([str(x).rjust(width) for x in r]) + "]" for r in self.rows])


a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a)
print(a.shape, a[0, 1], a[1], list(a))
print(a + b, a - b, a * 2, 10 + a, a * b, sep="\n")
print(a @ b, b @ a, a @ Matrix.identity(2) == a, sep="\n")
print(a.T, a.transpose().transpose() == a, a.det(), Matrix.identity(3).det())
m3 = Matrix([[2, 0, 1], [1, 3, 2], [1, 1, 2]])
print(m3.det(), m3.T.det())
fib = Matrix([[1, 1], [1, 0]]) ** 10
print("fib:", fib[0, 1], fib)
c = Matrix.zeros(2, 3)
c[1, 2] = 7
print(c)
print(c @ Matrix([[1], [2], [3]]))
for bad in (lambda: a @ c.T, lambda: a + c, lambda: hash(a), lambda: Matrix([[1], [1, 2]]),
            lambda: c.det(), lambda: a @ 3):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
