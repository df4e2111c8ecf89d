# Async synchronisation primitives written in Python on a fake clock: Lock, Semaphore and a
# token-bucket rate limiter, used by several tasks under a tiny event loop.


class Loop:
    def __init__(self):
        self.now = 0.0
        self.ready = []
        self.timers = []
        self.seq = 0
        self.results = {}

    def spawn(self, name, coro):
        self.ready.append((name, coro))

    def call_at(self, when, name, coro):
        self.seq += 1
        self.timers.append((when, self.seq, name, coro))
        self.timers.sort(key=lambda t: (t[0], t[1]))

    def run(self):
        while self.ready or self.timers:
            if not self.ready:
                when, _, name, coro = self.timers.pop(0)
                self.now = max(self.now, when)
                self.ready.append((name, coro))
            name, coro = self.ready.pop(0)
            try:
                op, arg = coro.send(None)
            except StopIteration as e:
                self.results[name] = e.value
                continue
            if op == "sleep":
                self.call_at(self.now + arg, name, coro)
            elif op == "park":
                arg.append((name, coro))

    def wake(self, waiters):
        if waiters:
            self.ready.append(waiters.pop(0))


loop = Loop()


class Sleep:
    def __init__(self, d):
        self.d = d

    def __await__(self):
        yield ("sleep", self.d)


class Park:
    def __init__(self, waiters):
        self.waiters = waiters

    def __await__(self):
        yield ("park", self.waiters)


class Lock:
    def __init__(self):
        self.locked = False
        self.waiters = []

    async def __aenter__(self):
        while self.locked:
            await Park(self.waiters)
        self.locked = True

    async def __aexit__(self, *exc):
        self.locked = False
        loop.wake(self.waiters)


class Semaphore:
    def __init__(self, n):
        self.value = n
        self.waiters = []
        self.max_seen = 0

    async def __aenter__(self):
        while self.value == 0:
            await Park(self.waiters)
        self.value -= 1
        self.max_seen = max(self.max_seen, self.in_use())
        return self

    def in_use(self):
        return 3 - self.value

    async def __aexit__(self, *exc):
        self.value += 1
        loop.wake(self.waiters)


class RateLimiter:
    def __init__(self, rate, burst):
        self.rate = rate
        self.tokens = burst
        self.burst = burst
        self.last = 0.0

    def refill(self):
        self.tokens = min(self.burst, self.tokens + (loop.now - self.last) * self.rate)
        self.last = loop.now

    async def acquire(self):
        self.refill()
        while self.tokens < 1:
            await Sleep((1 - self.tokens) / self.rate)
            self.refill()
        self.tokens -= 1


log = []
counter = {"value": 0}
lock = Lock()
sem = Semaphore(3)
limiter = RateLimiter(rate=2.0, burst=3)


async def increment(name, times):
    for _ in range(times):
        async with lock:
            v = counter["value"]
            await Sleep(0.5)
            counter["value"] = v + 1
    return f"{name} done at {loop.now}"


async def download(name, size):
    await limiter.acquire()
    log.append(f"{loop.now:5.2f} {name} allowed")
    async with sem:
        log.append(f"{loop.now:5.2f} {name} downloading ({sem.in_use()} busy)")
        await Sleep(size)
    log.append(f"{loop.now:5.2f} {name} finished")
    return size


for i in range(3):
    loop.spawn(f"inc{i}", increment(f"inc{i}", 2))
for i, size in enumerate([4, 1, 2, 3, 1, 2, 5]):
    loop.spawn(f"dl{i}", download(f"dl{i}", size))
loop.run()
for line in log:
    print(line)
print("counter", counter["value"], "semaphore max", sem.max_seen)
for name in sorted(loop.results):
    print(name, loop.results[name])
print("end time", loop.now)
