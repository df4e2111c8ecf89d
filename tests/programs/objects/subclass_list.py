# list subclasses: overriding append; builtins don't call overridden methods internally.
class LoggedList(list):
    def append(self, x):
        print("  append", x)
        super().append(x)

    def __setitem__(self, i, v):
        print("  setitem", i, v)
        super().__setitem__(i, v)

    def __getitem__(self, i):
        r = super().__getitem__(i)
        return r


ll = LoggedList([1, 2])
ll.append(3)
ll += [4]
ll.extend([5])
ll.insert(0, 0)
ll[1] = 10
print(ll, len(ll), type(ll).__name__)
print(type(ll + [9]).__name__, type(ll[1:3]).__name__, type(ll * 2).__name__, type(ll.copy()).__name__)
print(sorted(ll, reverse=True), ll == [0, 10, 2, 3, 4, 5], isinstance(ll, list))


class SortedList(list):
    def __init__(self, items=()):
        super().__init__(sorted(items))

    def add(self, x):
        lo, hi = 0, len(self)
        while lo < hi:
            mid = (lo + hi) // 2
            if self[mid] < x:
                lo = mid + 1
            else:
                hi = mid
        self.insert(lo, x)
        return self

    def append(self, x):
        raise NotImplementedError("use add()")


s = SortedList([5, 1, 3])
print(s.add(4).add(0).add(9), s[0], s[-1])
try:
    s.append(2)
except NotImplementedError as e:
    print("NotImplementedError:", e)


class Unique(list):
    def append(self, x):
        if x not in self:
            super().append(x)


u = Unique()
for v in [3, 1, 3, 2, 1]:
    u.append(v)
print(u, list(reversed(u)), u.count(3))
print(list.__len__(u), sum(u), str(u), repr(u))


class Stack(list):
    push = list.append

    def peek(self):
        return self[-1]


st = Stack()
st.push(1)
st.push(2)
print(st.peek(), st.pop(), st)
