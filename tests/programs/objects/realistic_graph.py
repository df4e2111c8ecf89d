# Graph class with iteration protocols: nodes via __iter__, neighbours via __getitem__, BFS/DFS/topological sort and shortest paths.
class CycleError(ValueError):
    def __init__(self, cycle):
        super().__init__("cycle detected: " + " -> ".join(cycle))
        self.cycle = cycle


class Graph:
    def __init__(self, directed=False):
        self.directed = directed
        self._adj = {}

    def add_edge(self, a, b, weight=1):
        self._adj.setdefault(a, {})[b] = weight
        self._adj.setdefault(b, {})
        if not self.directed:
            self._adj[b][a] = weight
        return self

    def __iter__(self):
        return iter(sorted(self._adj))

    def __len__(self):
        return len(self._adj)

    def __contains__(self, node):
        return node in self._adj

    def __getitem__(self, node):
        try:
            return sorted(self._adj[node])
        except KeyError:
            raise KeyError(f"no node {node!r}") from None

    def edges(self):
        seen = []
        for a in self:
            for b in self[a]:
                if self.directed or (b, a) not in seen:
                    seen.append((a, b))
        return seen

    def bfs(self, start):
        order, queue, seen = [], [start], {start}
        while queue:
            node = queue.pop(0)
            order.append(node)
            for nb in self[node]:
                if nb not in seen:
                    seen.add(nb)
                    queue.append(nb)
        return order

    def dfs(self, start, seen=None):
        seen = [] if seen is None else seen
        seen.append(start)
        for nb in self[start]:
            if nb not in seen:
                self.dfs(nb, seen)
        return seen

    def topo_sort(self):
        if not self.directed:
            raise TypeError("topological sort needs a directed graph")
        state, order = {}, []

        def visit(node, path):
            if state.get(node) == "done":
                return
            if state.get(node) == "active":
                raise CycleError(path[path.index(node):] + [node])
            state[node] = "active"
            for nb in self[node]:
                visit(nb, path + [node])
            state[node] = "done"
            order.append(node)

        for node in self:
            visit(node, [])
        return order[::-1]

    def shortest(self, start, goal):
        dist = {start: 0}
        prev = {}
        todo = set(self._adj)
        while todo:
            node = min([n for n in todo if n in dist], key=lambda n: (dist[n], n), default=None)
            if node is None:
                break
            todo.discard(node)
            for nb, w in sorted(self._adj[node].items()):
                nd = dist[node] + w
                if nb not in dist or nd < dist[nb]:
                    dist[nb] = nd
                    prev[nb] = node
        if goal not in dist:
            return None, float("inf")
        path = [goal]
        while path[-1] != start:
            path.append(prev[path[-1]])
        return path[::-1], dist[goal]

    def components(self):
        left, comps = list(self), []
        while left:
            comp = sorted(self.bfs(left[0]))
            comps.append(comp)
            left = [n for n in left if n not in comp]
        return comps

    def __repr__(self):
        kind = "Digraph" if self.directed else "Graph"
        return f"{kind}({len(self)} nodes, {len(self.edges())} edges)"


g = Graph()
for a, b, w in [("A", "B", 4), ("A", "C", 1), ("C", "B", 2), ("B", "D", 5), ("C", "D", 8), ("D", "E", 3), ("X", "Y", 1)]:
    g.add_edge(a, b, w)
print(g, list(g), len(g), "A" in g, "Z" in g, g["A"], g["D"])
print(g.edges())
print(g.bfs("A"), g.dfs("A"), g.components())
print(g.shortest("A", "E"), g.shortest("A", "D"), g.shortest("A", "X"))
try:
    g["Z"]
except KeyError as e:
    print("KeyError:", e)
try:
    g.topo_sort()
except TypeError as e:
    print("TypeError:", e)
deps = Graph(directed=True)
for a, b in [("shirt", "tie"), ("tie", "jacket"), ("pants", "shoes"), ("pants", "belt"), ("belt", "jacket"),
             ("shirt", "belt"), ("socks", "shoes"), ("undershorts", "pants"), ("undershorts", "shoes")]:
    deps.add_edge(a, b)
print(deps, deps.topo_sort())
order = deps.topo_sort()
print(all([order.index(a) < order.index(b) for a, b in deps.edges()]))
deps.add_edge("jacket", "shirt")
try:
    deps.topo_sort()
except CycleError as e:
    print("CycleError:", e, e.cycle[0] == e.cycle[-1], isinstance(e, ValueError))
degree = {n: len(g[n]) for n in g}
print(degree, max(g, key=lambda n: (len(g[n]), n)), sorted(g, key=lambda n: -len(g[n]))[:2])
