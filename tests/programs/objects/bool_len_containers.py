# User containers: __len__, __iter__, __contains__, __getitem__ together with builtins.
class Stack:
    def __init__(self, items=()):
        self._items = list(items)

    def push(self, x):
        self._items.append(x)
        return self

    def pop(self):
        if not self:
            raise IndexError("pop from empty Stack")
        return self._items.pop()

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(reversed(self._items))

    def __getitem__(self, i):
        return list(self)[i]

    def __contains__(self, x):
        return x in self._items

    def __repr__(self):
        return f"Stack({self._items})"


s = Stack()
print(bool(s), len(s), list(s))
s.push(1).push(2).push(3)
print(bool(s), len(s), list(s), s[0], s[-1], s[0:2])
print(2 in s, 7 in s, max(s), min(s), sum(s), sorted(s))
print(list(enumerate(s)), dict(zip(s, "abc")))
print(s.pop(), s.pop(), s.pop(), bool(s))
try:
    s.pop()
except IndexError as e:
    print("IndexError:", e)
print(Stack([4, 5]), [*Stack([1, 2])], {*Stack([3])})
a, b = Stack([10, 20])
print(a, b)
print(", ".join(map(str, Stack("xyz"))))
