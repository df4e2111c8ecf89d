# Recursion with generators: tree traversal, permutations, combinations, partitions.
def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            yield [items[i]] + p

print(list(permutations([1, 2, 3])))
print(sum(1 for _ in permutations("abcde")))

def combinations(items, k):
    if k == 0:
        yield ()
        return
    for i in range(len(items)):
        for rest in combinations(items[i + 1:], k - 1):
            yield (items[i],) + rest

print(list(combinations("abcd", 2)))
print(len(list(combinations(range(10), 4))))

def partitions(n, largest=None):
    if largest is None:
        largest = n
    if n == 0:
        yield []
        return
    for k in range(min(n, largest), 0, -1):
        for p in partitions(n - k, k):
            yield [k] + p

print(list(partitions(5)))
print(sum(1 for _ in partitions(15)))

def flatten(x):
    if isinstance(x, (list, tuple)):
        for item in x:
            yield from flatten(item)
    else:
        yield x

print(list(flatten([1, [2, (3, [4, [5]]), 6], [[[7]]]])))

def hanoi(n, src, dst, via):
    if n:
        yield from hanoi(n - 1, src, via, dst)
        yield (n, src, dst)
        yield from hanoi(n - 1, via, dst, src)

moves = list(hanoi(3, "A", "C", "B"))
print(len(moves), moves[:4])
print(sum(1 for _ in hanoi(10, 1, 3, 2)))

def powerset(s):
    if not s:
        yield []
    else:
        for sub in powerset(s[1:]):
            yield sub
            yield [s[0]] + sub
print(sorted(powerset([1, 2, 3]), key=lambda l: (len(l), l)))

def deep(n):
    if n == 0:
        yield "bottom"
    else:
        yield from deep(n - 1)
print(list(deep(200)))
def queens(n, row=0, cols=()):
    if row == n:
        yield cols
        return
    for c in range(n):
        if all(c != pc and abs(c - pc) != row - pr for pr, pc in enumerate(cols)):
            yield from queens(n, row + 1, cols + (c,))
print(next(queens(8)), sum(1 for _ in queens(6)))
