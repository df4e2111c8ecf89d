# Event-driven bank-queue simulation on a hand-written binary heap.
def heap_push(h, item):
    h.append(item)
    i = len(h) - 1
    while i > 0:
        parent = (i - 1) // 2
        if h[parent] <= h[i]:
            break
        h[parent], h[i] = h[i], h[parent]
        i = parent


def heap_pop(h):
    if not h:
        raise IndexError("pop from empty heap")
    top = h[0]
    last = h.pop()
    if h:
        h[0] = last
        i = 0
        n = len(h)
        while True:
            l, r, small = 2 * i + 1, 2 * i + 2, i
            if l < n and h[l] < h[small]:
                small = l
            if r < n and h[r] < h[small]:
                small = r
            if small == i:
                break
            h[i], h[small] = h[small], h[i]
            i = small
    return top


seed = [7]


def lcg(mod):
    seed[0] = (seed[0] * 48271) % 2147483647
    return seed[0] % mod


h = []
for x in [5, 3, 8, 1, 9, 2, 7]:
    heap_push(h, x)
print("heap:", h)
print("sorted:", [heap_pop(h) for _ in range(7)])
try:
    heap_pop(h)
except IndexError as e:
    print("IndexError:", e)

events = []
seq = 0
t = 0
for cid in range(12):
    t += 1 + lcg(4)
    heap_push(events, (t, seq, "arrive", cid))
    seq += 1

tellers = [None, None]
waiting = []
served = {}
waits = []
while events:
    now, _, kind, cid = heap_pop(events)
    if kind == "arrive":
        waiting.append((cid, now))
        print(f"t={now:3d} customer {cid:2d} arrives  (queue {len(waiting)})")
    else:
        tellers[kind] = None
        print(f"t={now:3d} customer {cid:2d} leaves teller {kind}")
    for i in range(len(tellers)):
        if tellers[i] is None and waiting:
            c, arrived = waiting.pop(0)
            tellers[i] = c
            dur = 2 + lcg(6)
            waits.append(now - arrived)
            served[i] = served.get(i, 0) + 1
            heap_push(events, (now + dur, seq, i, c))
            seq += 1
print("served per teller:", sorted(served.items()))
print(f"avg wait {sum(waits) / len(waits):.3f}, max wait {max(waits)}")
print("waits:", waits)
