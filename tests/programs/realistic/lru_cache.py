# LRU cache built from a dict plus a list tracking recency.
def make_lru(capacity):
    store = {}
    order = []
    stats = {"hits": 0, "misses": 0, "evictions": 0}

    def touch(key):
        if key in order:
            order.remove(key)
        order.append(key)

    def get(key):
        if key in store:
            stats["hits"] += 1
            touch(key)
            return store[key]
        stats["misses"] += 1
        return None

    def put(key, value):
        if key in store:
            store[key] = value
            touch(key)
            return None
        evicted = None
        if len(store) >= capacity:
            evicted = order.pop(0)
            del store[evicted]
            stats["evictions"] += 1
        store[key] = value
        touch(key)
        return evicted

    def snapshot():
        return [(k, store[k]) for k in order]

    return get, put, snapshot, stats


def memoize_with(cache_get, cache_put):
    def deco(fn):
        def wrapper(n):
            hit = cache_get(n)
            if hit is not None:
                return hit
            result = fn(n)
            cache_put(n, result)
            return result
        return wrapper
    return deco


get, put, snapshot, stats = make_lru(3)
for k, v in [("a", 1), ("b", 2), ("c", 3)]:
    print("put", k, "evicted:", put(k, v))
print(snapshot())
print("get a ->", get("a"))
print("put d evicted:", put("d", 4))
print(snapshot())
print("get b ->", get("b"))
put("c", 30)
print(snapshot())
print("put e evicted:", put("e", 5))
print(snapshot())
print(stats)

g2, p2, snap2, st2 = make_lru(8)


@memoize_with(g2, p2)
def collatz_len(n):
    steps = 1
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


lengths = [collatz_len(i) for i in range(1, 15)]
print(lengths)
again = [collatz_len(i) for i in (13, 14, 12, 1, 2)]
print(again)
print(sorted(st2.items()))
print("cache keys:", [k for k, _ in snap2()])
best = max(range(1, 15), key=collatz_len)
print("longest chain under 15 starts at", best, "length", collatz_len(best))
