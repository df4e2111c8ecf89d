# An async resource pool used with async with: bounded connections, waiters queued in order,
# broken connections discarded on error, worn-out connections retired, and pool statistics.


class Park:
    def __init__(self, queue):
        self.queue = queue

    def __await__(self):
        yield ("park", self.queue)


class Work:
    def __init__(self, units):
        self.units = units

    def __await__(self):
        for _ in range(self.units):
            yield ("work", None)


class Conn:
    made = 0

    def __init__(self):
        Conn.made += 1
        self.id = Conn.made
        self.uses = 0
        self.broken = False

    async def query(self, sql):
        self.uses += 1
        await Work(1 + len(sql) % 3)
        if "FAIL" in sql:
            self.broken = True
            raise ConnectionError(f"conn {self.id} died on {sql!r}")
        return f"conn{self.id}:{sql.lower()}"


class Pool:
    def __init__(self, size):
        self.size = size
        self.idle = []
        self.in_use = 0
        self.waiters = []
        self.stats = {"acquired": 0, "waited": 0, "discarded": 0}

    def acquire(self):
        return PoolLease(self)

    async def _get(self):
        while not self.idle and self.in_use >= self.size:
            self.stats["waited"] += 1
            await Park(self.waiters)
        self.in_use += 1
        self.stats["acquired"] += 1
        if self.idle:
            return self.idle.pop(0)
        return Conn()

    def _put(self, conn, failed):
        self.in_use -= 1
        if failed or conn.broken or conn.uses >= 3:
            self.stats["discarded"] += 1
        else:
            self.idle.append(conn)
        return self.waiters.pop(0) if self.waiters else None


class PoolLease:
    def __init__(self, pool):
        self.pool = pool
        self.conn = None

    async def __aenter__(self):
        self.conn = await self.pool._get()
        return self.conn

    async def __aexit__(self, et, ev, tb):
        wake = self.pool._put(self.conn, et is not None)
        if wake is not None:
            ready.append(wake)
        return False


ready = []
results = {}


def loop():
    while ready:
        name, coro = ready.pop(0)
        try:
            op, arg = coro.send(None)
        except StopIteration as e:
            results[name] = e.value
            continue
        except ConnectionError as e:
            results[name] = f"failed: {e}"
            continue
        if op == "park":
            arg.append((name, coro))
        else:
            ready.append((name, coro))


pool = Pool(2)


async def client(name, queries):
    out = []
    for q in queries:
        async with pool.acquire() as conn:
            out.append(await conn.query(q))
    return out


async def careful_client(name, queries):
    out = []
    for q in queries:
        try:
            async with pool.acquire() as conn:
                out.append(await conn.query(q))
        except ConnectionError as e:
            out.append(f"recovered from: {e}")
    return out


work = {
    "alice": (client, ["SELECT 1", "SELECT 22"]),
    "bob": (careful_client, ["UPDATE x", "FAIL now", "SELECT 3"]),
    "carol": (client, ["INSERT a", "FAIL hard", "SELECT never"]),
    "dave": (client, ["SELECT 4444"]),
    "erin": (careful_client, ["SELECT 5", "SELECT 55", "SELECT 555"]),
}
for name, (fn, qs) in work.items():
    ready.append((name, fn(name, qs)))
loop()
for name in work:
    print(name, results[name])
print("stats", pool.stats)
print("connections made", Conn.made, "idle", [c.id for c in pool.idle], "in use", pool.in_use)
