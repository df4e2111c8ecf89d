# Singly linked list with full sequence dunders: len, iter, getitem (with slices), setitem, delitem, contains, reversed, eq, add.
class Node:
    __slots__ = ("value", "next")

    def __init__(self, value, next=None):
        self.value, self.next = value, next


class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self._size = 0
        tail = None
        for item in items:
            node = Node(item)
            if tail is None:
                self.head = node
            else:
                tail.next = node
            tail = node
            self._size += 1

    def __len__(self):
        return self._size

    def __iter__(self):
        return LinkedListIterator(self.head)

    def _node_at(self, index):
        if index < 0:
            index += self._size
        if not 0 <= index < self._size:
            raise IndexError("LinkedList index out of range")
        node = self.head
        for _ in range(index):
            node = node.next
        return node

    def __getitem__(self, index):
        if isinstance(index, slice):
            return LinkedList([self[i] for i in range(*index.indices(self._size))])
        return self._node_at(index).value

    def __setitem__(self, index, value):
        self._node_at(index).value = value

    def __delitem__(self, index):
        if index < 0:
            index += self._size
        if index == 0 and self.head is not None:
            self.head = self.head.next
        else:
            prev = self._node_at(index - 1)
            if prev.next is None:
                raise IndexError("LinkedList index out of range")
            prev.next = prev.next.next
        self._size -= 1

    def __contains__(self, value):
        for v in self:
            if v == value:
                return True
        return False

    def __reversed__(self):
        return iter(list(self)[::-1])

    def __eq__(self, other):
        if not isinstance(other, LinkedList):
            return NotImplemented
        return len(self) == len(other) and all([a == b for a, b in zip(self, other)])

    def __add__(self, other):
        return LinkedList(list(self) + list(other))

    def __bool__(self):
        return self.head is not None

    def push_front(self, value):
        self.head = Node(value, self.head)
        self._size += 1
        return self

    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev
        return self

    def __repr__(self):
        return "LinkedList([" + ", ".join([repr(v) for v in self]) + "])"


class LinkedListIterator:
    def __init__(self, node):
        self.node = node

    def __iter__(self):
        return self

    def __next__(self):
        if self.node is None:
            raise StopIteration
        value = self.node.value
        self.node = self.node.next
        return value


ll = LinkedList([3, 1, 4, 1, 5])
print(ll, len(ll), bool(ll), bool(LinkedList()))
print(ll[0], ll[-1], ll[1:4], ll[::2], ll[::-1])
print(4 in ll, 9 in ll, list(reversed(ll)), sorted(ll), sum(ll), max(ll))
ll[1] = 10
del ll[0]
del ll[-1]
print(ll, len(ll))
ll.push_front("a").push_front("b")
print(ll, ll.reverse(), ll == LinkedList([1, 4, 10, "a", "b"]))
print(ll + [7, 8], LinkedList([1]) == [1], LinkedList([1, 2]) != LinkedList([1, 2]))
it = iter(ll)
print(next(it), next(it), list(it), list(it))
for bad in (lambda: ll[99], lambda: ll.__setitem__(-99, 0), lambda: LinkedList().__delitem__(0)):
    try:
        bad()
    except IndexError as e:
        print("IndexError:", e)
a, b, *rest = ll
print(a, b, rest, [x for x in ll if isinstance(x, int)])
print(ll.index(10) if hasattr(ll, "index") else "no index method", list(enumerate(ll))[:2])
