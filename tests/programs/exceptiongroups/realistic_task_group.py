# A TaskGroup-like structured-concurrency helper written in Python on coroutines: tasks run
# round-robin, failures are collected into an ExceptionGroup, siblings are cancelled with
# throw(), and callers sort the failures out with except*.


class Cancelled(BaseException):
    pass


class Yield:
    def __await__(self):
        yield "yield"


class TaskFailed(Exception):
    def __init__(self, name, attempt):
        super().__init__(f"{name} failed on attempt {attempt}")
        self.name = name


class TaskGroup:
    def __init__(self, name):
        self.name = name
        self.tasks = []
        self.results = {}
        self.log = []

    def spawn(self, name, coro):
        self.tasks.append([name, coro, "ready"])

    def _cancel_rest(self):
        for task in self.tasks:
            if task[2] == "ready":
                try:
                    task[1].throw(Cancelled(task[0]))
                except Cancelled:
                    self.log.append(f"{task[0]} cancelled")
                except StopIteration as stop:
                    self.results[task[0]] = stop.value
                    self.log.append(f"{task[0]} finished while cancelled")
                else:
                    task[1].close()
                    self.log.append(f"{task[0]} ignored cancel, closed")
                task[2] = "cancelled"

    def run(self, fail_fast=False):
        errors = []
        while any(t[2] == "ready" for t in self.tasks):
            for task in self.tasks:
                if task[2] != "ready":
                    continue
                name, coro, _ = task
                try:
                    coro.send(None)
                except StopIteration as stop:
                    task[2] = "done"
                    self.results[name] = stop.value
                    self.log.append(f"{name} -> {stop.value!r}")
                except Exception as exc:
                    task[2] = "failed"
                    exc.add_note(f"in task {name!r} of group {self.name!r}")
                    errors.append(exc)
                    self.log.append(f"{name} raised {type(exc).__name__}")
                    if fail_fast:
                        self._cancel_rest()
                        break
        if errors:
            raise ExceptionGroup(f"{self.name}: {len(errors)} task(s) failed", errors)
        return self.results


async def compute(name, steps, value):
    total = 0
    for i in range(steps):
        await Yield()
        total += value * i
    return total


async def flaky(name, fail_at):
    for attempt in range(5):
        await Yield()
        if attempt == fail_at:
            raise TaskFailed(name, attempt)
    return "survived"


async def bad_lookup(table, key):
    await Yield()
    return table[key]


async def stubborn(name):
    try:
        while True:
            await Yield()
    except Cancelled:
        return "cleaned up"


def scenario(title, build, fail_fast=False):
    print(f"== {title}")
    group = TaskGroup(title)
    build(group)
    try:
        results = group.run(fail_fast)
    except* TaskFailed as eg:
        names = sorted([e.name for e in eg.exceptions])
        print("task failures:", names, eg.exceptions[0].__notes__)
    except* LookupError as eg:
        print("lookup failures:", [repr(e) for e in eg.exceptions])
    else:
        print("results:", sorted(results.items()))
    for line in group.log:
        print("  ", line)


scenario("all good", lambda g: (g.spawn("a", compute("a", 3, 2)), g.spawn("b", compute("b", 2, 5))))
scenario("mixed", lambda g: (g.spawn("a", compute("a", 4, 1)), g.spawn("f1", flaky("f1", 1)),
                             g.spawn("f2", flaky("f2", 3)), g.spawn("k", bad_lookup({"x": 1}, "y"))))
scenario("fail fast", lambda g: (g.spawn("f", flaky("f", 0)), g.spawn("s", stubborn("s")),
                                 g.spawn("c", compute("c", 9, 1))), fail_fast=True)


def outer():
    group = TaskGroup("outer")
    group.spawn("i", bad_lookup([1, 2], 5))
    group.spawn("z", compute("z", 1, 1))
    try:
        group.run()
    except* IndexError as eg:
        raise RuntimeError("outer could not recover") from eg


try:
    outer()
except RuntimeError as e:
    cause = e.__cause__
    print(repr(e), type(cause).__name__, cause.message, [repr(x) for x in cause.exceptions])
outer()
