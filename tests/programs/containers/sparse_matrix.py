# Sparse matrices as dicts keyed by (row, col): add, multiply, transpose, and dense rendering.
def sparse(dense):
    return {(r, c): v for r, row in enumerate(dense) for c, v in enumerate(row) if v}


def shape(dense):
    return len(dense), len(dense[0])


def to_dense(m, rows, cols):
    return [[m.get((r, c), 0) for c in range(cols)] for r in range(rows)]


def add(a, b):
    out = dict(a)
    for k, v in b.items():
        s = out.get(k, 0) + v
        if s:
            out[k] = s
        else:
            out.pop(k, None)
    return out


def transpose(m):
    return {(c, r): v for (r, c), v in m.items()}


def multiply(a, b):
    by_row = {}
    for (r, c), v in b.items():
        by_row.setdefault(r, []).append((c, v))
    out = {}
    for (r, k), v in a.items():
        for c, w in by_row.get(k, []):
            out[(r, c)] = out.get((r, c), 0) + v * w
    return {k: v for k, v in out.items() if v}


def show(m, rows, cols, title):
    print(title, f"({len(m)} non-zero)")
    for row in to_dense(m, rows, cols):
        print("   " + " ".join([f"{v:4}" for v in row]))


A_dense = [[1, 0, 0, 2], [0, 0, 3, 0], [0, 4, 0, 0]]
B_dense = [[0, 5], [6, 0], [0, 0], [7, 8]]
A, B = sparse(A_dense), sparse(B_dense)
print(sorted(A.items()))
show(A, 3, 4, "A")
show(transpose(A), 4, 3, "A^T")
show(multiply(A, B), 3, 2, "A*B")
show(add(A, {(0, 0): -1, (2, 2): 9}), 3, 4, "A + delta (entry cancelled)")

# check against dense multiplication
def dense_mul(x, y):
    return [[sum([x[i][k] * y[k][j] for k in range(len(y))]) for j in range(len(y[0]))] for i in range(len(x))]

print(to_dense(multiply(A, B), 3, 2) == dense_mul(A_dense, B_dense))

# identity and powers of a sparse adjacency matrix (path counting)
edges = [(0, 1), (1, 2), (2, 0), (2, 3), (3, 3)]
adj = {e: 1 for e in edges}
power = {(i, i): 1 for i in range(4)}
for step in range(1, 6):
    power = multiply(power, adj)
    print(f"paths of length {step}:", sorted(power.items()))

# row and column sums, density, and the largest entries
M = multiply(transpose(A), A)
row_sums = {}
col_sums = {}
for (r, c), v in M.items():
    row_sums[r] = row_sums.get(r, 0) + v
    col_sums[c] = col_sums.get(c, 0) + v
print(sorted(row_sums.items()), sorted(col_sums.items()), f"density {len(M) / 16:.3f}")
print(sorted(M.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
print(to_dense({}, 2, 2), multiply({}, B), add({}, {}))
