# Backtracking sudoku solver with candidate sets and most-constrained-cell ordering.
PUZZLE = [
    "53..7....",
    "6..195...",
    ".98....6.",
    "8...6...3",
    "4..8.3..1",
    "7...2...6",
    ".6....28.",
    "...419..5",
    "....8..79",
]


def parse(rows):
    return [[0 if ch == "." else int(ch) for ch in row] for row in rows]


def candidates(grid, r, c):
    used = set(grid[r])
    used |= {grid[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {grid[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return [d for d in range(1, 10) if d not in used]


def empty_cells(grid):
    return [(r, c) for r in range(9) for c in range(9) if grid[r][c] == 0]


stats = {"guesses": 0, "backtracks": 0}


def solve(grid):
    cells = empty_cells(grid)
    if not cells:
        return True
    best = None
    best_options = None
    for r, c in cells:
        options = candidates(grid, r, c)
        if best_options is None or len(options) < len(best_options):
            best, best_options = (r, c), options
            if len(options) <= 1:
                break
    r, c = best
    for d in best_options:
        grid[r][c] = d
        stats["guesses"] += 1
        if solve(grid):
            return True
        stats["backtracks"] += 1
    grid[r][c] = 0
    return False


def show(grid):
    lines = []
    for r, row in enumerate(grid):
        if r and r % 3 == 0:
            lines.append("------+-------+------")
        parts = []
        for c, v in enumerate(row):
            if c and c % 3 == 0:
                parts.append("|")
            parts.append(str(v) if v else ".")
        lines.append(" ".join(parts))
    return "\n".join(lines)


def valid(grid):
    for i in range(9):
        row = grid[i]
        col = [grid[r][i] for r in range(9)]
        box = [grid[3 * (i // 3) + k // 3][3 * (i % 3) + k % 3] for k in range(9)]
        for group in (row, col, box):
            if sorted(group) != list(range(1, 10)):
                return False
    return True


grid = parse(PUZZLE)
print(show(grid))
print()
print("solved:", solve(grid))
print(show(grid))
print("valid:", valid(grid), stats)
