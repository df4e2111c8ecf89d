# A small matrix and table tool: transpose with zip(*rows), products with zip and sum,
# column statistics with map/min/max, and an aligned text table.
def transpose(rows):
    return [list(col) for col in zip(*rows)]

def matmul(a, b):
    cols = transpose(b)
    return [[sum(map(lambda pair: pair[0] * pair[1], zip(row, col))) for col in cols] for row in a]

def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]

def show_matrix(m):
    widths = [max(map(lambda v: len(str(v)), col)) for col in zip(*m)]
    for row in m:
        cells = [" " * (w - len(str(v))) + str(v) for v, w in zip(row, widths)]
        print("[ " + "  ".join(cells) + " ]")

a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show_matrix(a)
show_matrix(transpose(a))
show_matrix(matmul(a, b))
show_matrix(matmul(b, a))
print(matmul(a, identity(3)) == a, transpose(transpose(b)) == b)
rot = [list(reversed(col)) for col in zip(*a)]
show_matrix(rot)
print("trace:", sum([row[i] for i, row in enumerate(matmul(b, a))]))
print("diagonal:", [row[i] for i, row in enumerate(identity(4))])

HEADER = ["city", "pop_k", "area", "founded"]
ROWS = [
    ["Lisbon", 545, 100, 1147],
    ["Oslo", 709, 454, 1040],
    ["Bern", 134, 52, 1191],
    ["Tallinn", 437, 159, 1248],
    ["Valletta", 6, 1, 1566],
]

def render(header, rows):
    table = [header] + [[str(v) for v in row] for row in rows]
    widths = [max(map(len, col)) for col in zip(*table)]
    numeric = [all(map(lambda v: type(v) is int, col)) for col in zip(*rows)]
    def line(cells):
        out = []
        for cell, width, right in zip(cells, widths, numeric):
            padding = " " * (width - len(cell))
            out.append(padding + cell if right else cell + padding)
        return "| " + " | ".join(out) + " |"
    rule = "+" + "+".join(["-" * (w + 2) for w in widths]) + "+"
    print(rule)
    print(line(header))
    print(rule)
    for row in table[1:]:
        print(line(row))
    print(rule)

render(HEADER, ROWS)
columns = dict(zip(HEADER, zip(*ROWS)))
for name in HEADER[1:]:
    col = columns[name]
    print(name, "min", min(col), "max", max(col), "sum", sum(col), "mean", sum(col) / len(col))
density = {row[0]: row[1] / row[2] for row in ROWS}
render(["city", "density"], sorted([[c, density[c]] for c in density], key=lambda r: -r[1]))
oldest = min(ROWS, key=lambda r: r[3])
print("oldest:", oldest[0], "largest:", max(ROWS, key=lambda r: r[2])[0])
render(HEADER, sorted(ROWS, key=lambda r: r[0]))
print(list(enumerate(map(lambda r: r[0], sorted(ROWS, key=lambda r: r[1], reverse=True)), 1)))
print(list(zip(*zip(*ROWS))) == [tuple(r) for r in ROWS])
