# A matrix library on lists of lists: construction, arithmetic, transpose, determinant, inverse, solving.
def zeros(r, c):
    return [[0] * c for _ in range(r)]


def identity(n):
    m = zeros(n, n)
    for i in range(n):
        m[i][i] = 1
    return m


def shape(m):
    return (len(m), len(m[0]) if m else 0)


def transpose(m):
    r, c = shape(m)
    return [[m[i][j] for i in range(r)] for j in range(c)]


def add(a, b):
    if shape(a) != shape(b):
        raise ValueError("shape mismatch: " + repr(shape(a)) + " vs " + repr(shape(b)))
    return [[x + y for x, y in map2(ra, rb)] for ra, rb in map2(a, b)]


def map2(xs, ys):
    return [(xs[i], ys[i]) for i in range(min(len(xs), len(ys)))]


def mul(a, b):
    ra, ca = shape(a)
    rb, cb = shape(b)
    if ca != rb:
        raise ValueError("cannot multiply " + repr(shape(a)) + " by " + repr(shape(b)))
    bt = transpose(b)
    return [[sum([x * y for x, y in map2(row, col)]) for col in bt] for row in a]


def det(m):
    n = len(m)
    if n == 1:
        return m[0][0]
    if n == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    total = 0
    for j in range(n):
        minor = [row[:j] + row[j + 1:] for row in m[1:]]
        total += (-1) ** j * m[0][j] * det(minor)
    return total


def inverse(m):
    n = len(m)
    aug = [list(row) + ident for row, ident in map2(m, identity(n))]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(aug[r][col]))
        if aug[pivot][col] == 0:
            raise ZeroDivisionError("matrix is singular")
        aug[col], aug[pivot] = aug[pivot], aug[col]
        p = aug[col][col]
        aug[col] = [v / p for v in aug[col]]
        for r in range(n):
            if r != col:
                f = aug[r][col]
                aug[r] = [v - f * w for v, w in map2(aug[r], aug[col])]
    return [row[n:] for row in aug]


def rounded(m):
    return [[int(v * 1000000 + (0.5 if v >= 0 else -0.5)) / 1000000 for v in row] for row in m]


a = [[2, 1, 0], [1, 3, 1], [0, 1, 4]]
b = [[1, 2], [0, 1], [5, -1]]
print(shape(a), shape(b), transpose(b))
print(mul(a, b), add(a, identity(3)), det(a), det([[1, 2], [2, 4]]))
inv = inverse(a)
print(rounded(inv))
print(rounded(mul(a, inv)) == identity(3), rounded(mul(inv, a)))
for bad in [lambda: add(a, b), lambda: mul(b, b), lambda: inverse([[1, 2], [2, 4]])]:
    try:
        print(bad())
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
grid = zeros(3, 4)
grid[1][2] = 9
grid[0][::2] = [7, 7]
alias = [[0] * 2] * 2
alias[0][0] = 1
print(grid, alias, [row.count(0) for row in grid], [row.index(9) for row in grid if 9 in row])
flat = [v for row in a for v in row]
flat.sort(reverse=True)
print(flat, flat[::3], sum(flat), max(map2(flat, flat[1:])))
rows = [list(r) for r in a]
rows.sort(key=lambda r: (r[2], -r[0]))
print(rows, rows == a, [r[:] for r in rows][1] is rows[1])
