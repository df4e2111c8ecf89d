# Graph algorithms on dicts of sets: BFS, DFS, connected components, topological order, shortest paths.
edges = [(1, 2), (1, 3), (2, 4), (3, 4), (4, 5), (6, 7), (7, 8), (8, 6), (9, 9), (5, 10), (2, 10)]
graph = {}
for a, b in edges:
    graph.setdefault(a, set()).add(b)
    graph.setdefault(b, set()).add(a)
print({k: graph[k] for k in graph})


def bfs(start):
    seen = {start}
    order = []
    queue = [start]
    dist = {start: 0}
    while queue:
        node = queue.pop(0)
        order.append(node)
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                dist[nxt] = dist[node] + 1
                queue.append(nxt)
    return order, dist


def dfs(start):
    seen = set()
    order = []
    stack = [start]
    while stack:
        node = stack.pop()
        if node in seen:
            continue
        seen.add(node)
        order.append(node)
        stack.extend([n for n in graph[node] if n not in seen])
    return order


print(bfs(1))
print(dfs(1))
remaining = set(graph)
components = []
while remaining:
    start = remaining.pop()
    comp = set(bfs(start)[0])
    remaining -= comp
    components.append(comp)
print(components, len(components))
print([c for c in components if 4 in c][0] >= {1, 2}, frozenset(components[0]) in {frozenset(c) for c in components})

deps = {"app": {"lib", "utils"}, "lib": {"core"}, "utils": {"core", "log"}, "core": set(), "log": set()}


def topo(deps):
    indeg = {n: len(d) for n, d in deps.items()}
    users = {}
    for n, ds in deps.items():
        for d in ds:
            users.setdefault(d, []).append(n)
    ready = [n for n in deps if indeg[n] == 0]
    ready.sort()
    out = []
    while ready:
        n = ready.pop(0)
        out.append(n)
        for u in users.get(n, []):
            indeg[u] -= 1
            if indeg[u] == 0:
                ready.append(u)
                ready.sort()
    return out


print(topo(deps))
weights = {(1, 2): 7, (1, 3): 9, (1, 6): 14, (2, 3): 10, (2, 4): 15, (3, 4): 11, (3, 6): 2, (4, 5): 6, (5, 6): 9}
adj = {}
for (a, b), w in weights.items():
    adj.setdefault(a, []).append((b, w))
    adj.setdefault(b, []).append((a, w))
best = {1: 0}
prev = {}
todo = {1}
while todo:
    node = min(todo, key=lambda n: best[n])
    todo.discard(node)
    for nxt, w in adj[node]:
        d = best[node] + w
        if d < best.get(nxt, 10 ** 9):
            best[nxt] = d
            prev[nxt] = node
            todo.add(nxt)
path = [5]
while path[-1] != 1:
    path.append(prev[path[-1]])
path.reverse()
print(best, path)
print(set(adj) ^ set(graph), set(adj) & {5, 6, 7}, set(adj).issubset(graph), set(graph).isdisjoint({100}))
