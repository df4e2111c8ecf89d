# Many suspensions: long-running generators stay correct (and reasonably fast).
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1

print(sum(count_up(300000)))
total = 0
for v in count_up(100000):
    if v % 3 == 0:
        total += v
print(total)

def chained(depth, n):
    if depth == 0:
        yield from count_up(n)
    else:
        yield from chained(depth - 1, n)
print(sum(chained(20, 20000)))

def stage(it, k):
    for x in it:
        yield x + k
p = count_up(50000)
for k in range(10):
    p = stage(p, k)
print(sum(p))

def sender():
    acc = 0
    while True:
        v = yield acc
        acc = (acc + v) % 1000003
s = sender()
next(s)
for i in range(100000):
    r = s.send(i)
print(r)
print(len(list(x for x in range(200000) if x & 1)))
print(max(x * x % 9973 for x in range(100000)))
