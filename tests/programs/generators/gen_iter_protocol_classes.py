# Generators as __iter__ of classes; iterating repeatedly; reversed via __reversed__.
class Range2D:
    def __init__(self, w, h):
        self.w, self.h = w, h
    def __iter__(self):
        for y in range(self.h):
            for x in range(self.w):
                yield (x, y)
    def __reversed__(self):
        for y in reversed(range(self.h)):
            for x in reversed(range(self.w)):
                yield (x, y)
    def __len__(self):
        return self.w * self.h

r = Range2D(3, 2)
print(list(r))
print(list(reversed(r)))
print(len(r), (2, 1) in r, (3, 0) in r)
it1, it2 = iter(r), iter(r)
print(next(it1), next(it1), next(it2))
print(type(iter(r)).__name__, iter(it1) is it1)

class LinkedList:
    class Node:
        def __init__(self, v, nxt=None):
            self.v, self.nxt = v, nxt
    def __init__(self, *values):
        self.head = None
        for v in reversed(values):
            self.head = LinkedList.Node(v, self.head)
    def __iter__(self):
        node = self.head
        while node is not None:
            yield node.v
            node = node.nxt
    def __repr__(self):
        return "LL(" + " -> ".join(map(str, self)) + ")"

ll = LinkedList(1, 2, 3, 4)
print(ll, sum(ll), max(ll), sorted(ll, reverse=True))
print([a * b for a in ll for b in ll if a < b])
a, *b = ll
print(a, b)

class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __iter__(self):
        yield from self.rows
    def columns(self):
        for i in range(len(self.rows[0])):
            yield [row[i] for row in self.rows]
    def cells(self):
        for row in self:
            yield from row
m = Matrix([[1, 2, 3], [4, 5, 6]])
print(list(m), list(m.columns()), sum(m.cells()))
print(dict(enumerate(m.cells())))

class Tagged:
    def __init__(self, tag, items):
        self.tag, self.items = tag, items
    def __iter__(self):
        yield f"<{self.tag}>"
        for i in self.items:
            if isinstance(i, Tagged):
                yield from i
            else:
                yield "  " + str(i)
        yield f"</{self.tag}>"
doc = Tagged("html", [Tagged("body", ["hello", Tagged("b", ["bold"])])])
print("\n".join(doc))

class Inherits(LinkedList):
    def __iter__(self):
        for v in super().__iter__():
            yield v * 10
print(list(Inherits(1, 2)))
class GetItemOnly:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * i
def wrap(x):
    yield from x
print(list(wrap(GetItemOnly())))
