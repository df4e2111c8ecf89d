grid = [[r * 4 + c for c in range(4)] for r in range(4)]
print([x for row in grid if row[0] % 8 == 0 for x in row if x % 3])
print({(r, c): grid[r][c] for r in range(4) for c in range(r) if (r + c) % 2})
print(sorted({x % 5 for row in grid for x in row if x > 3}))
print([[y for y in row if y % 2 == 0] or ["none"] for row in [[1, 3], [2, 5], []]])
print([(a, b) for a in range(4) for b in range(a, 4) if a != b if a + b < 5])
n = 10
print([n * k for k in range(3)], n)
print([[i * j for j in range(1, i + 1)] for i in range(1, 5)])
