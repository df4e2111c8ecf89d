# Linear algebra with exact rationals (tuples): Gaussian elimination, determinant, inverse, rank.
import math


def q(n, d=1):
    if d == 0:
        raise ZeroDivisionError("rational with zero denominator")
    g = math.gcd(n, d) * (1 if d > 0 else -1)
    return (n // g, d // g)


def qadd(a, b): return q(a[0] * b[1] + b[0] * a[1], a[1] * b[1])
def qsub(a, b): return q(a[0] * b[1] - b[0] * a[1], a[1] * b[1])
def qmul(a, b): return q(a[0] * b[0], a[1] * b[1])
def qdiv(a, b): return q(a[0] * b[1], a[1] * b[0])
def qstr(a): return str(a[0]) if a[1] == 1 else f"{a[0]}/{a[1]}"


def matrix(rows):
    return [[q(v) if isinstance(v, int) else v for v in row] for row in rows]


def show(m, title):
    print(title)
    cells = [[qstr(v) for v in row] for row in m]
    w = max([len(c) for row in cells for c in row])
    for row in cells:
        print("  [" + " ".join([c.rjust(w) for c in row]) + "]")


def rref(m):
    m = [row[:] for row in m]
    rows, cols = len(m), len(m[0])
    pivot_row, pivots, swaps = 0, [], 0
    for c in range(cols):
        p = next(iter([r for r in range(pivot_row, rows) if m[r][c][0] != 0]), None)
        if p is None:
            continue
        if p != pivot_row:
            m[p], m[pivot_row] = m[pivot_row], m[p]
            swaps += 1
        pv = m[pivot_row][c]
        m[pivot_row] = [qdiv(v, pv) for v in m[pivot_row]]
        for r in range(rows):
            if r != pivot_row and m[r][c][0] != 0:
                f = m[r][c]
                m[r] = [qsub(a, qmul(f, b)) for a, b in zip(m[r], m[pivot_row])]
        pivots.append(c)
        pivot_row += 1
        if pivot_row == rows:
            break
    return m, pivots, swaps


def determinant(m):
    m = [row[:] for row in m]
    n = len(m)
    det = q(1)
    for c in range(n):
        p = next(iter([r for r in range(c, n) if m[r][c][0] != 0]), None)
        if p is None:
            return q(0)
        if p != c:
            m[p], m[c] = m[c], m[p]
            det = qmul(det, q(-1))
        det = qmul(det, m[c][c])
        for r in range(c + 1, n):
            f = qdiv(m[r][c], m[c][c])
            m[r] = [qsub(a, qmul(f, b)) for a, b in zip(m[r], m[c])]
    return det


def inverse(m):
    n = len(m)
    aug = [row + [q(1 if i == j else 0) for j in range(n)] for i, row in enumerate(m)]
    red, pivots, _ = rref(aug)
    if pivots[:n] != list(range(n)):
        raise ValueError("matrix is singular")
    return [row[n:] for row in red]


def matmul(a, b):
    return [[sum_q([qmul(a[i][k], b[k][j]) for k in range(len(b))]) for j in range(len(b[0]))] for i in range(len(a))]


def sum_q(values):
    total = q(0)
    for v in values:
        total = qadd(total, v)
    return total


A = matrix([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]])
b = matrix([[8], [-11], [-3]])
show(A, "A =")
print("det(A) =", qstr(determinant(A)))
Ainv = inverse(A)
show(Ainv, "inverse(A) =")
show(matmul(A, Ainv), "A * inverse(A) =")
x = matmul(Ainv, b)
print("solution:", [qstr(r[0]) for r in x])

H = matrix([[q(1, i + j + 1) for j in range(4)] for i in range(4)])
show(H, "Hilbert(4) =")
print("det(H4) =", qstr(determinant(H)))
show(inverse(H), "inverse(H4) =")

S = matrix([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
red, pivots, swaps = rref(S)
show(red, "rref(S) =")
print("rank:", len(pivots), "det:", qstr(determinant(S)))
try:
    inverse(S)
except ValueError as e:
    print("ValueError:", e)
print(qstr(qdiv(q(1, 3), q(0))))
