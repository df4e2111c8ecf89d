# Async producer/consumer: a bounded async queue with futures and waiters, written in Python,
# run by a small round-robin event loop.


class Future:
    def __init__(self):
        self.done = False
        self.value = None
        self.callbacks = []

    def set_result(self, value):
        self.done = True
        self.value = value
        for cb in self.callbacks:
            cb()
        self.callbacks = []

    def __await__(self):
        if not self.done:
            yield self
        return self.value


class Loop:
    def __init__(self):
        self.ready = []
        self.tasks = {}
        self.steps = 0

    def create_task(self, coro, name):
        self.tasks[name] = None
        self.ready.append((name, coro))

    def run(self):
        while self.ready:
            name, coro = self.ready.pop(0)
            self.steps += 1
            try:
                fut = coro.send(None)
            except StopIteration as e:
                self.tasks[name] = e.value
                continue
            fut.callbacks.append(lambda n=name, c=coro: self.ready.append((n, c)))


class Queue:
    def __init__(self, maxsize):
        self.maxsize = maxsize
        self.items = []
        self.getters = []
        self.putters = []
        self.unfinished = 0
        self.join_waiters = []

    async def put(self, item):
        while len(self.items) >= self.maxsize:
            f = Future()
            self.putters.append(f)
            await f
        self.items.append(item)
        self.unfinished += 1
        if self.getters:
            self.getters.pop(0).set_result(None)

    async def get(self):
        while not self.items:
            f = Future()
            self.getters.append(f)
            await f
        item = self.items.pop(0)
        if self.putters:
            self.putters.pop(0).set_result(None)
        return item

    def task_done(self):
        self.unfinished -= 1
        if self.unfinished == 0:
            for f in self.join_waiters:
                f.set_result(None)
            self.join_waiters = []

    async def join(self):
        if self.unfinished:
            f = Future()
            self.join_waiters.append(f)
            await f


events = []


async def producer(q, name, items):
    for it in items:
        await q.put((name, it))
        events.append(f"{name} put {it} (size {len(q.items)})")
    await q.put((name, None))
    return f"{name} produced {len(items)}"


async def consumer(q, name, producers):
    finished = 0
    seen = []
    while finished < producers:
        src, item = await q.get()
        if item is None:
            finished += 1
        else:
            seen.append(item * item)
            events.append(f"{name} got {src}:{item}")
        q.task_done()
    return seen


async def supervisor(q):
    await q.join()
    events.append("queue drained")
    return "joined"


loop = Loop()
q = Queue(2)
loop.create_task(consumer(q, "C", 2), "consumer")
loop.create_task(producer(q, "P1", [1, 2, 3, 4]), "p1")
loop.create_task(producer(q, "P2", [10, 20]), "p2")
loop.create_task(supervisor(q), "supervisor")
loop.run()
for e in events:
    print(e)
for name, result in loop.tasks.items():
    print(name, "->", result)
print("steps", loop.steps, "left", q.items, q.unfinished)
