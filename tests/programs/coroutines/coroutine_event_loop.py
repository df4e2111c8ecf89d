# A tiny event loop driving coroutines with send(None): sleeping, waiting on futures,
# results, exceptions and cancellation through throw().


class Future:
    def __init__(self):
        self.done = False
        self.result = None
        self.callbacks = []

    def set_result(self, value):
        self.done = True
        self.result = value
        for cb in self.callbacks:
            cb()

    def __await__(self):
        if not self.done:
            yield self
        return self.result


class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks

    def __await__(self):
        yield self


class Cancelled(Exception):
    pass


class Loop:
    def __init__(self):
        self.now = 0
        self.ready = []
        self.sleeping = []
        self.log = []

    def spawn(self, coro, name):
        task = {"coro": coro, "name": name, "result": None, "error": None, "done": Future()}
        self.ready.append((task, None))
        return task

    def step(self, task, value, exc=None):
        try:
            if exc is not None:
                req = task["coro"].throw(exc)
            else:
                req = task["coro"].send(value)
        except StopIteration as stop:
            task["result"] = stop.value
            self.log.append(f"t={self.now} {task['name']} -> {stop.value!r}")
            task["done"].set_result(stop.value)
            return
        except Exception as err:
            task["error"] = err
            self.log.append(f"t={self.now} {task['name']} failed: {type(err).__name__}: {err}")
            task["done"].set_result(None)
            return
        if isinstance(req, Sleep):
            self.sleeping.append((self.now + req.ticks, len(self.log) + len(self.sleeping), task))
        elif isinstance(req, Future):
            req.callbacks.append(lambda: self.ready.append((task, req.result)))
        else:
            self.step(task, None, TypeError(f"bad request {req!r}"))

    def cancel(self, task):
        self.sleeping = [s for s in self.sleeping if s[2] is not task]
        self.ready.append((task, "CANCEL"))

    def run(self):
        while self.ready or self.sleeping:
            while self.ready:
                task, value = self.ready.pop(0)
                if value == "CANCEL":
                    self.step(task, None, Cancelled(task["name"]))
                else:
                    self.step(task, value)
            if self.sleeping:
                self.sleeping.sort(key=lambda s: (s[0], s[1]))
                wake, _, task = self.sleeping.pop(0)
                self.now = max(self.now, wake)
                self.ready.append((task, None))


async def worker(name, n, ticks):
    total = 0
    for i in range(n):
        await Sleep(ticks)
        total += i
    return f"{name}:{total}"


async def waiter(loop, tasks):
    results = []
    for t in tasks:
        results.append(await t["done"])
    return results


async def failing():
    await Sleep(1)
    raise ValueError("broken task")


async def cancellable():
    try:
        while True:
            await Sleep(5)
    except Cancelled as c:
        return f"cancelled {c}"


async def nested(depth):
    if depth == 0:
        await Sleep(1)
        return 1
    return 1 + await nested(depth - 1)


async def canceller(loop, target, after):
    await Sleep(after)
    loop.cancel(target)
    return "cancel sent"


loop = Loop()
a = loop.spawn(worker("a", 3, 2), "a")
b = loop.spawn(worker("b", 2, 3), "b")
w = loop.spawn(waiter(loop, [a, b]), "waiter")
f = loop.spawn(failing(), "failing")
c = loop.spawn(cancellable(), "cancellable")
d = loop.spawn(nested(5), "nested")
k = loop.spawn(canceller(loop, c, 12), "canceller")
loop.run()
for line in loop.log:
    print(line)
print(w["result"], d["result"], type(f["error"]).__name__, c["result"])
