# Realistic: a cooperative round-robin scheduler of generator tasks; system calls via yield, results via send.
class SysCall:
    def handle(self, sched, task):
        raise NotImplementedError

class GetTid(SysCall):
    def handle(self, sched, task):
        task.sendval = task.tid
        sched.ready.append(task)

class Spawn(SysCall):
    def __init__(self, gen, name):
        self.gen, self.name = gen, name
    def handle(self, sched, task):
        task.sendval = sched.new(self.gen, self.name)
        sched.ready.append(task)

class Wait(SysCall):
    def __init__(self, tid):
        self.tid = tid
    def handle(self, sched, task):
        if self.tid in sched.tasks:
            sched.waiting.setdefault(self.tid, []).append(task)
        else:
            task.sendval = sched.results.get(self.tid)
            sched.ready.append(task)

class Sleep(SysCall):
    def __init__(self, ticks):
        self.ticks = ticks
    def handle(self, sched, task):
        sched.sleeping.append((sched.clock + self.ticks, task.tid, task))

class Task:
    def __init__(self, tid, gen, name):
        self.tid, self.gen, self.name = tid, gen, name
        self.sendval = None
    def run(self):
        return self.gen.send(self.sendval)

class Scheduler:
    def __init__(self):
        self.ready, self.tasks, self.waiting, self.results = [], {}, {}, {}
        self.sleeping, self.clock, self.next_tid, self.log = [], 0, 1, []
    def new(self, gen, name):
        t = Task(self.next_tid, gen, name)
        self.next_tid += 1
        self.tasks[t.tid] = t
        self.ready.append(t)
        return t.tid
    def exit(self, task, result):
        del self.tasks[task.tid]
        self.results[task.tid] = result
        self.log.append(f"t={self.clock} {task.name} exited with {result!r}")
        for waiter in self.waiting.pop(task.tid, []):
            waiter.sendval = result
            self.ready.append(waiter)
    def wake(self):
        due = sorted(s for s in self.sleeping if s[0] <= self.clock)
        self.sleeping = [s for s in self.sleeping if s[0] > self.clock]
        for _, _, task in due:
            task.sendval = self.clock
            self.ready.append(task)
    def mainloop(self):
        while self.tasks:
            self.wake()
            if not self.ready:
                self.clock += 1
                continue
            task = self.ready.pop(0)
            try:
                result = task.run()
            except StopIteration as stop:
                self.exit(task, stop.value)
                continue
            except Exception as err:
                self.exit(task, f"crashed: {type(err).__name__}: {err}")
                continue
            task.sendval = None
            if isinstance(result, SysCall):
                result.handle(self, task)
            else:
                if result is not None:
                    self.log.append(f"t={self.clock} {task.name} says {result}")
                self.ready.append(task)
            self.clock += 1

def worker(n):
    tid = yield GetTid()
    total = 0
    for i in range(n):
        total += i * tid
        yield f"step {i}"
    return total

def sleeper(ticks):
    woke = yield Sleep(ticks)
    yield f"woke at {woke}"
    return woke

def faulty():
    yield "about to fail"
    raise ValueError("bad input")

def parent():
    kids = []
    for n in (2, 3):
        kids.append((yield Spawn(worker(n), f"worker{n}")))
    s = yield Spawn(sleeper(5), "sleeper")
    f = yield Spawn(faulty(), "faulty")
    results = []
    for k in kids + [s, f]:
        results.append((yield Wait(k)))
    yield f"children done: {results}"
    late = yield Wait(kids[0])
    return ("parent", late, sum(r for r in results if isinstance(r, int)))

sched = Scheduler()
sched.new(parent(), "parent")
sched.new(worker(1), "solo")
sched.mainloop()
print("\n".join(sched.log))
print("results:", sorted(sched.results.items()))
print("clock:", sched.clock)
