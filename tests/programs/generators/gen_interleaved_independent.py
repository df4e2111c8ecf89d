# Many independent generators from one function, interleaved; generators stored in containers.
def counter(name, n):
    for i in range(n):
        yield f"{name}{i}"

gens = {name: counter(name, 3) for name in "xyz"}
out = []
while gens:
    for name in sorted(gens):
        try:
            out.append(next(gens[name]))
        except StopIteration:
            del gens[name]
print(out)

def roundrobin(*its):
    iters = [iter(i) for i in its]
    while iters:
        nxt = []
        for it in iters:
            try:
                yield next(it)
                nxt.append(it)
            except StopIteration:
                pass
        iters = nxt
print(list(roundrobin("abc", "d", "ef")))

def merge_sorted(*its):
    heads = []
    for i, it in enumerate(its):
        it = iter(it)
        v = next(it, None)
        if v is not None:
            heads.append([v, i, it])
    while heads:
        heads.sort(key=lambda h: (h[0], h[1]))
        v, i, it = heads[0]
        yield v
        nv = next(it, None)
        if nv is None:
            heads.pop(0)
        else:
            heads[0][0] = nv
print(list(merge_sorted([1, 4, 9], [2, 3, 10], [], [5])))

lst = [counter("g", 2) for _ in range(3)]
print([next(g) for g in lst], [list(g) for g in lst])
g1 = counter("s", 2)
same = [g1, g1]
print(next(same[0]), next(same[1]), next(same[0], "done"))
def ping_pong():
    def ping():
        while True:
            yield "ping"
    def pong():
        while True:
            yield "pong"
    a, b = ping(), pong()
    for _ in range(3):
        yield next(a)
        yield next(b)
print(" ".join(ping_pong()))
