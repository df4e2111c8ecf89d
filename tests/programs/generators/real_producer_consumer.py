# Realistic: producer/consumer simulation; producers are generators, consumers are send()-driven coroutines,
# a bounded queue and a deterministic event loop connect them.
class BoundedQueue:
    def __init__(self, capacity):
        self.items, self.capacity = [], capacity
        self.max_seen = 0
    def full(self):
        return len(self.items) >= self.capacity
    def put(self, item):
        self.items.append(item)
        self.max_seen = max(self.max_seen, len(self.items))
    def get(self):
        return self.items.pop(0)

def producer(name, count, every):
    """Yields ('wait', ticks) to idle and ('item', payload) to produce."""
    for i in range(count):
        yield ("wait", every)
        yield ("item", f"{name}-{i}")
    return f"{name} finished after {count} items"

def consumer(name, cost):
    """Receives items via send(); yields how many ticks it will be busy."""
    handled = []
    busy = 0
    try:
        while True:
            item = yield busy
            if item is None:
                busy = 0
                continue
            handled.append(item)
            busy = cost(item)
    except GeneratorExit:
        print(f"  {name} shutting down after {len(handled)} items: {handled}")
        raise

def simulate(producers, consumers, capacity, ticks):
    queue = BoundedQueue(capacity)
    prod_state = {name: {"gen": gen, "sleep": 0, "pending": None, "done": None} for name, gen in producers}
    cons_state = []
    for name, gen in consumers:
        next(gen)
        cons_state.append({"name": name, "gen": gen, "busy": 0, "count": 0})
    dropped = 0
    for tick in range(ticks):
        for name in sorted(prod_state):
            st = prod_state[name]
            if st["done"] is not None:
                continue
            if st["pending"] is not None:
                if queue.full():
                    continue
                queue.put(st["pending"])
                st["pending"] = None
            if st["sleep"] > 0:
                st["sleep"] -= 1
                continue
            try:
                kind, value = next(st["gen"])
                if kind == "wait":
                    st["sleep"] = value
                    kind, value = next(st["gen"])
                if queue.full():
                    st["pending"] = value
                else:
                    queue.put(value)
            except StopIteration as stop:
                st["done"] = (tick, stop.value)
        for c in cons_state:
            if c["busy"] > 0:
                c["busy"] -= 1
                continue
            if queue.items:
                item = queue.get()
                c["busy"] = c["gen"].send(item)
                c["count"] += 1
                print(f"t={tick:02} {c['name']} takes {item} (busy {c['busy']}), queue={len(queue.items)}")
        if all(s["done"] for s in prod_state.values()) and not queue.items and all(c["busy"] == 0 for c in cons_state):
            print(f"all work done at t={tick}")
            break
    for c in cons_state:
        c["gen"].close()
    return {name: st["done"] for name, st in prod_state.items()}, queue.max_seen, {c["name"]: c["count"] for c in cons_state}

done, max_q, counts = simulate(
    producers=[("fast", producer("fast", 6, 0)), ("slow", producer("slow", 3, 3))],
    consumers=[("c1", consumer("c1", lambda item: len(item) % 3 + 1)), ("c2", consumer("c2", lambda item: 2))],
    capacity=2, ticks=60)
for name in sorted(done):
    print(name, done[name])
print("max queue:", max_q, "counts:", counts)
