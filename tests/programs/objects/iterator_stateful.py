# Iterator objects that are their own iterator; partial consumption, break and resume.
class Fib:
    def __init__(self, limit):
        self.limit = limit
        self.a, self.b = 0, 1

    def __iter__(self):
        return self

    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        value = self.a
        self.a, self.b = self.b, self.a + self.b
        return value


f = Fib(100)
for x in f:
    if x > 10:
        break
    print(x, end=" ")
print()
print(next(f), list(f), list(f))


class Cycle:
    def __init__(self, items):
        self.items = items
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        item = self.items[self.i % len(self.items)]
        self.i += 1
        return item


c = Cycle("abc")
print([next(c) for _ in range(7)])
print(list(zip(range(4), Cycle([True, False]))))


class Peekable:
    def __init__(self, iterable):
        self.it = iter(iterable)
        self.buf = []

    def __iter__(self):
        return self

    def __next__(self):
        if self.buf:
            return self.buf.pop()
        return next(self.it)

    def peek(self, default=None):
        if not self.buf:
            try:
                self.buf.append(next(self.it))
            except StopIteration:
                return default
        return self.buf[-1]


p = Peekable([1, 2, 3])
print(p.peek(), next(p), p.peek(), p.peek(), list(p), p.peek("empty"))


class Chunks:
    def __init__(self, data, n):
        self.data, self.n = data, n

    def __iter__(self):
        for_i = [self.data[i:i + self.n] for i in range(0, len(self.data), self.n)]
        return iter(for_i)


print(list(Chunks("abcdefg", 3)), [len(c) for c in Chunks(list(range(10)), 4)])
