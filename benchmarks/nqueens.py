"""N-queens: recursive generators (yield from), sets of attacked columns/diagonals, comprehensions."""

import sys
import time


def place(n, row, cols, diag1, diag2, placed):
    """Yield every complete placement extending the queens placed so far."""
    if row == n:
        yield tuple(placed)
        return
    for col in range(n):
        if col in cols or (row + col) in diag1 or (row - col) in diag2:
            continue
        cols.add(col)
        diag1.add(row + col)
        diag2.add(row - col)
        placed.append(col)
        yield from place(n, row + 1, cols, diag1, diag2, placed)
        placed.pop()
        cols.discard(col)
        diag1.discard(row + col)
        diag2.discard(row - col)


def solutions(n):
    return place(n, 0, set(), set(), set(), [])


def canonical(solution):
    """The smallest of a solution's 8 symmetric images, so symmetric solutions compare equal."""
    n = len(solution)
    cells = {(r, c) for r, c in enumerate(solution)}
    images = []
    for _ in range(4):
        cells = {(c, n - 1 - r) for r, c in cells}
        for image in (cells, {(r, n - 1 - c) for r, c in cells}):
            images.append(tuple(c for _, c in sorted(image)))
    return min(images)


def bench():
    sols = list(solutions(11))
    distinct = {canonical(s) for s in sols}
    total = sum(len(list(solutions(n))) for n in range(4, 11))
    digest = 0
    for s in sorted(sols):
        digest = (digest * 131 + sum((i + 1) * c for i, c in enumerate(s))) % 1_000_000_007
    return f"{len(sols)}:{len(distinct)}:{total}:{digest}"


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    result = None
    for k in range(1, n + 1):
        t0 = time.perf_counter()
        result = bench()
        t1 = time.perf_counter()
        print(f"iter {k} {t1 - t0:.6f}")
    print(f"checksum {result}")


if __name__ == "__main__":
    main()
