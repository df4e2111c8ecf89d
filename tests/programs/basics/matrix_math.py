def identity(n):
    return [[1.0 if i == j else 0.0 for j in range(n)] for i in range(n)]


def matmul(a, b):
    rows, inner, cols = len(a), len(b), len(b[0])
    return [[sum([a[i][k] * b[k][j] for k in range(inner)]) for j in range(cols)] for i in range(rows)]


def transpose(m):
    return [[m[i][j] for i in range(len(m))] for j in range(len(m[0]))]


def determinant(m):
    if len(m) == 1:
        return m[0][0]
    if len(m) == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    total = 0
    for col in range(len(m)):
        minor = [row[:col] + row[col + 1:] for row in m[1:]]
        sign = -1 if col % 2 else 1
        total += sign * m[0][col] * determinant(minor)
    return total


def power(m, e):
    result = identity(len(m))
    while e:
        if e & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        e >>= 1
    return result


a = [[2, -1, 0], [-1, 2, -1], [0, -1, 2]]
print(determinant(a), determinant([[1, 2], [3, 4]]), determinant([[5]]))
print(transpose([[1, 2, 3], [4, 5, 6]]))
print(matmul(a, identity(3)))
fib = power([[1, 1], [1, 0]], 90)
print(int(fib[0][1]), fib[0][1])
exact = [[1, 1], [1, 0]]
acc = [[1, 0], [0, 1]]
for _ in range(90):
    acc = matmul(acc, exact)
print(acc[0][1], acc[0][1] == 2880067194370816120)
h = [[1 / (i + j + 1) for j in range(4)] for i in range(4)]
print(determinant(h))
print(matmul(h, transpose(h))[0])
