# Graph algorithms on dicts: Dijkstra with a hand-written heap, BFS levels, topological sort, components.
ROADS = [
    ("Amsterdam", "Utrecht", 45), ("Amsterdam", "Haarlem", 20), ("Haarlem", "Leiden", 35),
    ("Leiden", "Hague", 20), ("Hague", "Rotterdam", 25), ("Utrecht", "Rotterdam", 60),
    ("Utrecht", "Arnhem", 65), ("Rotterdam", "Breda", 50), ("Breda", "Eindhoven", 60),
    ("Arnhem", "Eindhoven", 80), ("Utrecht", "Eindhoven", 90), ("Leiden", "Utrecht", 55),
    ("Groningen", "Assen", 30),
]


def build(edges):
    g = {}
    for a, b, w in edges:
        g.setdefault(a, {})[b] = w
        g.setdefault(b, {})[a] = w
    return g


def heap_push(h, item):
    h.append(item)
    i = len(h) - 1
    while i and h[(i - 1) // 2] > h[i]:
        h[(i - 1) // 2], h[i] = h[i], h[(i - 1) // 2]
        i = (i - 1) // 2


def heap_pop(h):
    top = h[0]
    last = h.pop()
    if h:
        h[0] = last
        i = 0
        while True:
            l, r, m = 2 * i + 1, 2 * i + 2, i
            if l < len(h) and h[l] < h[m]:
                m = l
            if r < len(h) and h[r] < h[m]:
                m = r
            if m == i:
                break
            h[i], h[m] = h[m], h[i]
            i = m
    return top


def dijkstra(g, src):
    dist, prev = {src: 0}, {}
    heap = [(0, src)]
    while heap:
        d, node = heap_pop(heap)
        if d > dist[node]:
            continue
        for nxt, w in sorted(g[node].items()):
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                prev[nxt] = node
                heap_push(heap, (nd, nxt))
    return dist, prev


def path(prev, src, dst):
    if dst != src and dst not in prev:
        return None
    out = [dst]
    while out[-1] != src:
        out.append(prev[out[-1]])
    return out[::-1]


g = build(ROADS)
dist, prev = dijkstra(g, "Amsterdam")
for city in sorted(dist, key=lambda c: (dist[c], c)):
    print(f"{city:<10} {dist[city]:>4} km via {' -> '.join(path(prev, 'Amsterdam', city))}")
print("Groningen reachable:", "Groningen" in dist, path(prev, "Amsterdam", "Groningen"))


def bfs_levels(g, src):
    levels, frontier, seen = [], [src], {src}
    while frontier:
        levels.append(sorted(frontier))
        nxt = []
        for node in frontier:
            for n in g[node]:
                if n not in seen:
                    seen.add(n)
                    nxt.append(n)
        frontier = nxt
    return levels


for i, level in enumerate(bfs_levels(g, "Hague")):
    print("hop", i, level)


def components(g):
    seen, comps = set(), []
    for start in sorted(g):
        if start in seen:
            continue
        stack, comp = [start], []
        seen.add(start)
        while stack:
            node = stack.pop()
            comp.append(node)
            for n in g[node]:
                if n not in seen:
                    seen.add(n)
                    stack.append(n)
        comps.append(sorted(comp))
    return comps


print("components:", components(g))

TASKS = {
    "deploy": ["test", "package"], "test": ["build"], "package": ["build", "docs"],
    "build": ["fetch"], "docs": ["fetch"], "fetch": [], "lint": ["fetch"],
}


def topo_sort(deps):
    indegree = {t: 0 for t in deps}
    users = {t: [] for t in deps}
    for t, ds in deps.items():
        for d in ds:
            indegree[t] += 1
            users[d].append(t)
    ready = sorted([t for t, n in indegree.items() if n == 0])
    order = []
    while ready:
        t = ready.pop(0)
        order.append(t)
        for u in sorted(users[t]):
            indegree[u] -= 1
            if indegree[u] == 0:
                ready.append(u)
                ready.sort()
    if len(order) != len(deps):
        cyclic = sorted([t for t, n in indegree.items() if n])
        raise ValueError(f"cycle among {cyclic}")
    return order


print("build order:", topo_sort(TASKS))
TASKS["fetch"] = ["deploy"]
try:
    topo_sort(TASKS)
except ValueError as e:
    print("ValueError:", e)

# all-pairs with Floyd-Warshall on a small subset
cities = ["Amsterdam", "Utrecht", "Rotterdam", "Eindhoven"]
INF = float("inf")
d = {a: {b: (0 if a == b else g[a].get(b, INF)) for b in cities} for a in cities}
for k in cities:
    for i in cities:
        for j in cities:
            if d[i][k] + d[k][j] < d[i][j]:
                d[i][j] = d[i][k] + d[k][j]
print(" " * 10 + "".join([f"{c[:6]:>8}" for c in cities]))
for a in cities:
    print(f"{a:<10}" + "".join([f"{d[a][b]:>8}" for b in cities]))
