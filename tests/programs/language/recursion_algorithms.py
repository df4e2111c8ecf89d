# Classic recursive algorithms: permutations, subsets, hanoi, flood fill, mutual recursion, memo.
def permutations(items):
    if len(items) <= 1:
        return [list(items)]
    out = []
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            out.append([x] + rest)
    return out


print(len(permutations([1, 2, 3, 4])), permutations("abc"))


def subsets(items):
    if not items:
        return [[]]
    rest = subsets(items[1:])
    return rest + [[items[0]] + s for s in rest]


print(sorted(subsets([1, 2, 3]), key=lambda s: (len(s), s)))


def hanoi(n, src, dst, via, moves):
    if n == 0:
        return moves
    hanoi(n - 1, src, via, dst, moves)
    moves.append((n, src, dst))
    hanoi(n - 1, via, dst, src, moves)
    return moves


moves = hanoi(4, "A", "C", "B", [])
print(len(moves), moves[:5], moves[-1])

GRID = [
    "..##....",
    ".#..#.#.",
    ".#..#.#.",
    "..##..#.",
    "######..",
]


def flood(grid, r, c, seen):
    if r < 0 or c < 0 or r >= len(grid) or c >= len(grid[0]):
        return 0
    if grid[r][c] != "." or (r, c) in seen:
        return 0
    seen.add((r, c))
    return \
        1 + flood(grid, r + 1, c, seen) + flood(grid, r - 1, c, seen) + flood(grid, r, c + 1, seen) + flood(grid, r, c - 1, seen) - 1


seen = set()
regions = []
for r in range(len(GRID)):
    for c in range(len(GRID[0])):
        size = flood(GRID, r, c, seen)
        if size:
            regions.append(((r, c), size))
print(regions)


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


print([is_even(n) for n in range(7)], is_odd(301))


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print([[ackermann(m, n) for n in range(4)] for m in range(3)])


def partitions(n, max_part=None, memo={}):
    if max_part is None:
        max_part = n
    if n == 0:
        return 1
    key = (n, max_part)
    if key not in memo:
        memo[key] = \
            sum([partitions(n - k, k) for k in range(1, min(n, max_part) + 1)])
    return memo[key]


print([partitions(n) for n in range(1, 16)], partitions(60))


def flatten(value):
    if isinstance(value, (list, tuple)):
        out = []
        for v in value:
            out.extend(flatten(v))
        return out
    return [value]


print(flatten([1, [2, [3, [4, (5, 6)]], 7], [[[[8]]]]]))


def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)


def binary_search(seq, target, lo=0, hi=None):
    hi = len(seq) if hi is None else hi
    if lo >= hi:
        return -1
    mid = (lo + hi) // 2
    if seq[mid] == target:
        return mid
    if seq[mid] < target:
        return binary_search(seq, target, mid + 1, hi)
    return binary_search(seq, target, lo, mid)


print(gcd(1071, 462), gcd(2 ** 40, 6 ** 20))
data = list(range(0, 200, 7))
print([binary_search(data, t) for t in (0, 7, 98, 99, 196, 200)])


def merge_sort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    left, right = merge_sort(xs[:mid]), merge_sort(xs[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i]); i += 1
        else:
            out.append(right[j]); j += 1
    return out + left[i:] + right[j:]


print(merge_sort([38, 27, 43, 3, 9, 82, 10, 3, -5, 0]))


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(500))
