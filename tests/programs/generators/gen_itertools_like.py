# itertools-style helpers written as generators: chain, islice, accumulate, groupby, product, tee, zip_longest.
def chain(*its):
    for it in its:
        yield from it

def islice(it, start, stop=None, step=1):
    if stop is None:
        start, stop = 0, start
    it = iter(it)
    i = 0
    nxt = start
    for x in it:
        if stop is not None and i >= stop:
            return
        if i == nxt:
            yield x
            nxt += step
        i += 1

def accumulate(it, fn=lambda a, b: a + b, initial=None):
    it = iter(it)
    total = initial
    if total is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for x in it:
        total = fn(total, x)
        yield total

def groupby(it, key=lambda x: x):
    it = iter(it)
    sentinel = object()
    cur = next(it, sentinel)
    while cur is not sentinel:
        k = key(cur)
        group = [cur]
        cur = next(it, sentinel)
        while cur is not sentinel and key(cur) == k:
            group.append(cur)
            cur = next(it, sentinel)
        yield k, group

def product(*pools):
    if not pools:
        yield ()
        return
    for x in pools[0]:
        for rest in product(*pools[1:]):
            yield (x,) + rest

def tee(it, n=2):
    it = iter(it)
    buffers = [[] for _ in range(n)]
    def gen(buf):
        while True:
            if not buf:
                try:
                    v = next(it)
                except StopIteration:
                    return
                for b in buffers:
                    b.append(v)
            yield buf.pop(0)
    return tuple(gen(b) for b in buffers)

def zip_longest(*its, fill=None):
    iters = [iter(i) for i in its]
    while True:
        row = [next(i, fill) for i in iters]
        if all(v is fill for v in row):
            return
        yield tuple(row)

def pairwise(it):
    it = iter(it)
    prev = next(it, None)
    for x in it:
        yield prev, x
        prev = x

def count(start=0, step=1):
    while True:
        yield start
        start += step

def repeat(v, n=None):
    if n is None:
        while True:
            yield v
    for _ in range(n):
        yield v

print(list(chain("ab", [1, 2], range(2))))
print(list(islice(count(), 5)), list(islice(count(10), 2, 8, 2)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], lambda a, b: a * b, 10)))
print(list(accumulate([])))
print([(k, len(g)) for k, g in groupby("aaabccdddd")])
print(list(groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)))
print(list(product("ab", [0, 1])), len(list(product(range(3), range(3), range(3)))))
a, b = tee(range(5))
print(next(a), next(a), list(b), list(a))
print(list(zip_longest("abc", [1], fill="-")))
print(list(pairwise("abcd")))
print(list(zip(count(1, 0.5), repeat("x", 3))))
print(sum(islice(map(lambda x: x * x, count(1)), 10)))
