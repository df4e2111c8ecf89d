# Binary search tree as a mapping: __setitem__/__getitem__/__delitem__/__contains__/__len__/__iter__, ordered traversal.
class _Node:
    __slots__ = ("key", "value", "left", "right")

    def __init__(self, key, value):
        self.key, self.value = key, value
        self.left = self.right = None


class BST:
    def __init__(self, pairs=()):
        self.root = None
        self._len = 0
        for k, v in pairs:
            self[k] = v

    def __setitem__(self, key, value):
        if self.root is None:
            self.root = _Node(key, value)
            self._len += 1
            return
        node = self.root
        while True:
            if key == node.key:
                node.value = value
                return
            side = "left" if key < node.key else "right"
            child = getattr(node, side)
            if child is None:
                setattr(node, side, _Node(key, value))
                self._len += 1
                return
            node = child

    def _find(self, key):
        node = self.root
        while node is not None and node.key != key:
            node = node.left if key < node.key else node.right
        return node

    def __getitem__(self, key):
        node = self._find(key)
        if node is None:
            raise KeyError(key)
        return node.value

    def get(self, key, default=None):
        node = self._find(key)
        return default if node is None else node.value

    def __contains__(self, key):
        return self._find(key) is not None

    def __len__(self):
        return self._len

    def _inorder(self, node, out):
        if node is not None:
            self._inorder(node.left, out)
            out.append(node.key)
            self._inorder(node.right, out)
        return out

    def __iter__(self):
        return iter(self._inorder(self.root, []))

    def items(self):
        return [(k, self[k]) for k in self]

    def __delitem__(self, key):
        self.root, removed = self._delete(self.root, key)
        if not removed:
            raise KeyError(key)
        self._len -= 1

    def _delete(self, node, key):
        if node is None:
            return None, False
        if key < node.key:
            node.left, removed = self._delete(node.left, key)
            return node, removed
        if key > node.key:
            node.right, removed = self._delete(node.right, key)
            return node, removed
        if node.left is None:
            return node.right, True
        if node.right is None:
            return node.left, True
        succ = node.right
        while succ.left is not None:
            succ = succ.left
        node.key, node.value = succ.key, succ.value
        node.right, _ = self._delete(node.right, succ.key)
        return node, True

    def height(self, node="root"):
        if node == "root":
            node = self.root
        if node is None:
            return 0
        return 1 + max(self.height(node.left), self.height(node.right))

    def floor(self, key):
        best, node = None, self.root
        while node is not None:
            if node.key == key:
                return node.key
            if node.key < key:
                best, node = node.key, node.right
            else:
                node = node.left
        return best

    def __repr__(self):
        return "BST({" + ", ".join([f"{k!r}: {v!r}" for k, v in self.items()]) + "})"


t = BST([(50, "root"), (30, "l"), (70, "r"), (20, "ll"), (40, "lr"), (60, "rl"), (80, "rr")])
print(t, len(t), t.height())
print(t[40], t.get(45, "none"), 60 in t, 65 in t, list(t), min(t), max(t))
t[40] = "LR!"
t[45] = "new"
print(t[40], t[45], len(t), t.height())
print([t.floor(k) for k in (10, 20, 44, 46, 100)])
del t[50]
print(t, len(t), t.root.key)
del t[20]
del t[70]
print(list(t), t.height())
try:
    del t[999]
except KeyError as e:
    print("KeyError:", e)
try:
    t["string"]
except TypeError as e:
    print("TypeError:", e)
words = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    words[w] = words.get(w, 0) + 1
print(words.items(), len(words))
print(dict(words.items()) == {k: words[k] for k in words}, sorted(words, key=len)[:3])
