# Realistic: a small lazy-streams library (take, drop, chunk, window, interleave, ...) and a fluent wrapper.
def take(n, it):
    if n <= 0:
        return
    for i, x in enumerate(it, 1):
        yield x
        if i >= n:
            return

def drop(n, it):
    it = iter(it)
    for _ in range(n):
        if next(it, _SENTINEL) is _SENTINEL:
            return
    yield from it

_SENTINEL = object()

def chunk(size, it):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            buf = []
    if buf:
        yield tuple(buf)

def window(size, it):
    win = []
    for x in it:
        win.append(x)
        if len(win) > size:
            win.pop(0)
        if len(win) == size:
            yield tuple(win)

def interleave(*its):
    iters = [iter(i) for i in its]
    while iters:
        alive = []
        for it in iters:
            v = next(it, _SENTINEL)
            if v is not _SENTINEL:
                yield v
                alive.append(it)
        iters = alive

def iterate(fn, x):
    while True:
        yield x
        x = fn(x)

def unique(it, key=lambda v: v):
    seen = []
    for x in it:
        k = key(x)
        if k not in seen:
            seen.append(k)
            yield x

def scan(fn, init, it):
    acc = init
    yield acc
    for x in it:
        acc = fn(acc, x)
        yield acc

def flat_map(fn, it):
    for x in it:
        yield from fn(x)

def take_until(pred, it):
    for x in it:
        yield x
        if pred(x):
            return

def dedupe_runs(it):
    prev = _SENTINEL
    for x in it:
        if x != prev:
            yield x
        prev = x

class Stream:
    def __init__(self, it):
        self._it = iter(it)
    def __iter__(self):
        return self._it
    def _wrap(self, gen):
        return Stream(gen)
    def map(self, fn):
        return self._wrap(fn(x) for x in self._it)
    def filter(self, pred):
        return self._wrap(x for x in self._it if pred(x))
    def take(self, n):
        return self._wrap(take(n, self._it))
    def drop(self, n):
        return self._wrap(drop(n, self._it))
    def chunk(self, n):
        return self._wrap(chunk(n, self._it))
    def window(self, n):
        return self._wrap(window(n, self._it))
    def unique(self, key=lambda v: v):
        return self._wrap(unique(self._it, key))
    def flat_map(self, fn):
        return self._wrap(flat_map(fn, self._it))
    def scan(self, fn, init):
        return self._wrap(scan(fn, init, self._it))
    def to_list(self):
        return list(self._it)
    def reduce(self, fn, init):
        acc = init
        for x in self._it:
            acc = fn(acc, x)
        return acc
    def first(self, default=None):
        return next(self._it, default)

naturals = lambda: iterate(lambda n: n + 1, 0)
print(list(take(5, naturals())), list(take(0, naturals())), list(take(3, "ab")))
print(list(take(4, drop(10, naturals()))), list(drop(5, [1, 2])))
print(list(chunk(3, range(8))), list(window(3, "abcde")), list(window(9, "abc")))
print(list(interleave("abc", [1, 2, 3, 4, 5], "XY")))
print(list(take(6, iterate(lambda s: s + "*", ""))))
print(list(unique("mississippi")), list(unique([3, -3, 4, 2, -4], key=abs)))
print(list(scan(lambda a, b: a + b, 0, [1, 2, 3, 4])))
print(list(dedupe_runs([1, 1, 2, 2, 2, 1, 3, 3])))
print(Stream(naturals()).filter(lambda n: n % 3 == 0).map(lambda n: n * n).take(5).to_list())
print(Stream(naturals()).drop(1).window(2).map(lambda w: w[0] * w[1]).take(6).to_list())
print(Stream("the cat sat on the mat with the hat".split()).unique().chunk(2).to_list())
print(Stream(range(1, 6)).flat_map(lambda n: [n] * n).scan(lambda a, b: a + b, 0).to_list())
print(Stream(naturals()).map(lambda n: 2 ** n).filter(lambda v: v > 1000).first())
print(Stream([]).first("empty"), Stream(range(10)).reduce(lambda a, b: a * 10 + b, 0))
collatz = lambda n: n // 2 if n % 2 == 0 else 3 * n + 1
lengths = Stream(range(1, 30)).map(lambda s: (s, sum(1 for _ in take_until(lambda n: n == 1, iterate(collatz, s))))).to_list()
print(max(lengths, key=lambda p: (p[1], -p[0])))
def fib_pairs():
    return window(2, iterate(lambda p: (p[1], p[0] + p[1]), (0, 1)))
print([round(b[1] / a[1], 5) for a, b in take(5, drop(10, fib_pairs()))])
s = Stream(naturals()).take(3)
print(s.to_list(), s.to_list())
