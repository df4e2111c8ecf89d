# Realistic: binary search tree and n-ary tree walkers built with yield from (in/pre/post-order, BFS).
class Node:
    __slots__ = ("key", "left", "right")
    def __init__(self, key):
        self.key, self.left, self.right = key, None, None

class BST:
    def __init__(self, keys=()):
        self.root = None
        self.size = 0
        for k in keys:
            self.insert(k)
    def insert(self, key):
        if self.root is None:
            self.root = Node(key)
        else:
            node = self.root
            while True:
                side = "left" if key < node.key else "right"
                nxt = getattr(node, side)
                if nxt is None:
                    setattr(node, side, Node(key))
                    break
                node = nxt
        self.size += 1
    def inorder(self, node="root"):
        node = self.root if node == "root" else node
        if node:
            yield from self.inorder(node.left)
            yield node.key
            yield from self.inorder(node.right)
    def preorder(self, node="root"):
        node = self.root if node == "root" else node
        if node:
            yield node.key
            yield from self.preorder(node.left)
            yield from self.preorder(node.right)
    def postorder(self, node="root"):
        node = self.root if node == "root" else node
        if node:
            yield from self.postorder(node.left)
            yield from self.postorder(node.right)
            yield node.key
    def bfs(self):
        level = [self.root] if self.root else []
        depth = 0
        while level:
            yield depth, [n.key for n in level]
            level = [c for n in level for c in (n.left, n.right) if c]
            depth += 1
    def range(self, lo, hi, node="root"):
        node = self.root if node == "root" else node
        if node is None:
            return
        if lo < node.key:
            yield from self.range(lo, hi, node.left)
        if lo <= node.key <= hi:
            yield node.key
        if node.key < hi:
            yield from self.range(lo, hi, node.right)
    def __iter__(self):
        return self.inorder()
    def paths(self, node="root", prefix=()):
        node = self.root if node == "root" else node
        if node is None:
            return
        path = prefix + (node.key,)
        if not node.left and not node.right:
            yield path
        yield from self.paths(node.left, path)
        yield from self.paths(node.right, path)

t = BST([50, 30, 70, 20, 40, 60, 80, 35, 45, 65])
print("inorder  ", list(t.inorder()))
print("preorder ", list(t.preorder()))
print("postorder", list(t.postorder()))
for depth, keys in t.bfs():
    print("level", depth, keys)
print("range 33..62", list(t.range(33, 62)))
print("paths", list(t.paths()))
print("sorted check", list(t) == sorted(t), t.size, sum(t), max(t))
it1, it2 = iter(t), t.preorder()
print([(next(it1), next(it2)) for _ in range(4)])

FS = ("/", [("etc", [("hosts", 120), ("passwd", 900)]),
            ("home", [("ann", [("notes.txt", 3000), ("pics", [("a.png", 50000), ("b.png", 42000)])]),
                      ("bob", [])]),
            ("readme", 10)])

def walk(entry, path=""):
    name, content = entry
    full = (path.rstrip("/") + "/" + name) if path else name
    if isinstance(content, list):
        total = 0
        for child in content:
            total += yield from walk(child, full)
        yield ("dir", full, total)
        return total
    yield ("file", full, content)
    return content

total = None
gen = walk(FS)
entries = []
while True:
    try:
        entries.append(next(gen))
    except StopIteration as stop:
        total = stop.value
        break
for kind, path, size in entries:
    print(f"{kind:4} {size:>7} {path}")
print("total", total)

def find(entry, pred, path=""):
    for kind, full, size in walk(entry, path):
        if pred(kind, full, size):
            yield full
print(list(find(FS, lambda k, p, s: k == "file" and s > 1000)))
print(list(find(FS, lambda k, p, s: k == "dir" and s == 0)))
