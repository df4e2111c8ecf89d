# A cooperative task scheduler on coroutines: spawn, sleep on a fake clock, join, results,
# exceptions and cancellation through throw().


class Cancelled(Exception):
    pass


class Sleep:
    def __init__(self, delay):
        self.delay = delay

    def __await__(self):
        yield ("sleep", self.delay)


class Join:
    def __init__(self, task):
        self.task = task

    def __await__(self):
        if not self.task.done:
            yield ("join", self.task)
        if self.task.error is not None:
            raise self.task.error
        return self.task.result


class Task:
    counter = 0

    def __init__(self, coro, name):
        Task.counter += 1
        self.id = Task.counter
        self.coro = coro
        self.name = name
        self.done = False
        self.result = None
        self.error = None
        self.joiners = []
        self.pending_throw = None

    def __repr__(self):
        state = "done" if self.done else "pending"
        return f"<Task {self.name} {state}>"


class Scheduler:
    def __init__(self):
        self.now = 0
        self.ready = []
        self.sleeping = []
        self.log = []

    def spawn(self, coro, name):
        t = Task(coro, name)
        self.ready.append(t)
        return t

    def cancel(self, task):
        if not task.done:
            task.pending_throw = Cancelled(f"{task.name} cancelled at t={self.now}")
            if task in [t for _, _, t in self.sleeping]:
                self.sleeping = [s for s in self.sleeping if s[2] is not task]
                self.ready.append(task)

    def finish(self, task, result=None, error=None):
        task.done = True
        task.result = result
        task.error = error
        self.log.append((self.now, task.name, "error" if error else "ok"))
        for j in task.joiners:
            self.ready.append(j)
        task.joiners = []

    def step(self, task):
        try:
            if task.pending_throw is not None:
                exc, task.pending_throw = task.pending_throw, None
                req = task.coro.throw(exc)
            else:
                req = task.coro.send(None)
        except StopIteration as e:
            self.finish(task, result=e.value)
            return
        except Exception as e:
            self.finish(task, error=e)
            return
        kind, arg = req
        if kind == "sleep":
            self.sleeping.append((self.now + arg, task.id, task))
            self.sleeping.sort(key=lambda s: (s[0], s[1]))
        elif kind == "join":
            arg.joiners.append(task)

    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                wake, _, t = self.sleeping.pop(0)
                self.now = wake
                self.ready.append(t)
                while self.sleeping and self.sleeping[0][0] == wake:
                    self.ready.append(self.sleeping.pop(0)[2])
            t = self.ready.pop(0)
            self.step(t)


sched = Scheduler()


async def worker(name, n, delay):
    total = 0
    for i in range(n):
        await Sleep(delay)
        total += i
        print(f"t={sched.now:3} {name} step {i}")
    return f"{name}:{total}"


async def failing(delay):
    await Sleep(delay)
    raise ValueError("worker exploded")


async def long_runner():
    try:
        while True:
            await Sleep(7)
            print(f"t={sched.now:3} long_runner tick")
    except Cancelled as e:
        print(f"t={sched.now:3} long_runner cleanup: {e}")
        await Sleep(1)
        return "cleaned up"


async def canceller(target, at):
    await Sleep(at)
    print(f"t={sched.now:3} cancelling {target.name}")
    sched.cancel(target)


async def main():
    a = sched.spawn(worker("a", 3, 5), "a")
    b = sched.spawn(worker("b", 2, 8), "b")
    f = sched.spawn(failing(6), "f")
    lr = sched.spawn(long_runner(), "long")
    sched.spawn(canceller(lr, 20), "canceller")
    results = [await Join(a), await Join(b)]
    try:
        await Join(f)
    except ValueError as e:
        results.append(f"f failed: {e}")
    results.append(await Join(lr))
    results.append(await Join(a))
    return results


m = sched.spawn(main(), "main")
sched.run()
print("main result:", m.result)
print("final time:", sched.now)
for entry in sched.log:
    print(entry)
