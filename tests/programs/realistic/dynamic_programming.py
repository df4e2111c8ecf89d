# Dynamic programming classics with tables: knapsack, LCS, edit distance with alignment, coin change, LIS.
def knapsack(items, capacity):
    n = len(items)
    best = [[0] * (capacity + 1) for _ in range(n + 1)]
    for i, (name, weight, value) in enumerate(items, 1):
        for c in range(capacity + 1):
            best[i][c] = best[i - 1][c]
            if weight <= c and best[i - 1][c - weight] + value > best[i][c]:
                best[i][c] = best[i - 1][c - weight] + value
    chosen, c = [], capacity
    for i in range(n, 0, -1):
        if best[i][c] != best[i - 1][c]:
            chosen.append(items[i - 1][0])
            c -= items[i - 1][1]
    return best[n][capacity], chosen[::-1]


ITEMS = [("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160), ("glucose", 15, 60),
         ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40), ("cheese", 23, 30), ("beer", 52, 10),
         ("suntan", 11, 70), ("camera", 32, 30), ("tshirt", 24, 15), ("trousers", 48, 10), ("umbrella", 73, 40)]
for cap in (100, 250, 400):
    print(cap, knapsack(ITEMS, cap))


def lcs(a, b):
    t = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            t[i][j] = t[i + 1][j + 1] + 1 if a[i] == b[j] else max(t[i + 1][j], t[i][j + 1])
    out, i, j = [], 0, 0
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            out.append(a[i]); i += 1; j += 1
        elif t[i + 1][j] >= t[i][j + 1]:
            i += 1
        else:
            j += 1
    return "".join(out) if isinstance(a, str) else out


print(lcs("AGGTAB", "GXTXAYB"), lcs("dynamic", "programming"), lcs([1, 3, 4, 1, 2, 3], [3, 4, 1, 2, 1, 3]))


def edit_distance(a, b):
    d = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        d[i][0] = i
    for j in range(len(b) + 1):
        d[0][j] = j
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] != b[j - 1]))
    top, bottom, ops = [], [], []
    i, j = len(a), len(b)
    while i or j:
        if i and j and d[i][j] == d[i - 1][j - 1] + (a[i - 1] != b[j - 1]):
            top.append(a[i - 1]); bottom.append(b[j - 1]); ops.append("|" if a[i - 1] == b[j - 1] else "x")
            i -= 1; j -= 1
        elif i and d[i][j] == d[i - 1][j] + 1:
            top.append(a[i - 1]); bottom.append("-"); ops.append(" ")
            i -= 1
        else:
            top.append("-"); bottom.append(b[j - 1]); ops.append(" ")
            j -= 1
    return d[len(a)][len(b)], "".join(top[::-1]), "".join(ops[::-1]), "".join(bottom[::-1])


for a, b in [("kitten", "sitting"), ("intention", "execution"), ("", "abc"), ("same", "same")]:
    dist, t, o, btm = edit_distance(a, b)
    print(f"{a!r} -> {b!r}: {dist}")
    print("   ", t); print("   ", o); print("   ", btm)


def coin_change(coins, amount):
    ways = [1] + [0] * amount
    fewest = [0] + [None] * amount
    for c in coins:
        for v in range(c, amount + 1):
            ways[v] += ways[v - c]
    for v in range(1, amount + 1):
        options = [fewest[v - c] for c in coins if c <= v and fewest[v - c] is not None]
        fewest[v] = min(options) + 1 if options else None
    return ways[amount], fewest[amount]


print([coin_change([1, 2, 5], n) for n in (0, 5, 11, 100)], coin_change([2], 3), coin_change([1, 5, 10, 25, 50, 100], 300))


def lis(seq):
    tails, prev, idx = [], [None] * len(seq), []
    for i, x in enumerate(seq):
        lo, hi = 0, len(tails)
        while lo < hi:
            mid = (lo + hi) // 2
            if seq[tails[mid]] < x:
                lo = mid + 1
            else:
                hi = mid
        prev[i] = tails[lo - 1] if lo else None
        if lo == len(tails):
            tails.append(i)
        else:
            tails[lo] = i
    out, k = [], tails[-1] if tails else None
    while k is not None:
        out.append(seq[k])
        k = prev[k]
    return out[::-1]


print(lis([10, 9, 2, 5, 3, 7, 101, 18]), lis([0, 8, 4, 12, 2, 10, 6, 14, 1, 9, 5, 13, 3, 11, 7, 15]), lis([]))
