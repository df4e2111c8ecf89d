"""Richards-style operating-system task scheduler: classes, inheritance, super(), virtual
dispatch, properties and isinstance checks on a small linked-list packet system."""

import sys
import time

I_IDLE = 0
I_WORK = 1
I_HANDLER_A = 2
I_HANDLER_B = 3
I_DEVICE_A = 4
I_DEVICE_B = 5
TASK_COUNT = 6

BUFFER_SIZE = 4
ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


class Packet:
    def __init__(self, link, destination):
        self.link = link
        self.destination = destination
        self.datum = 0

    def append_to(self, queue):
        """Append this packet to the end of queue and return the queue's head."""
        self.link = None
        if queue is None:
            return self
        tail = queue
        while tail.link is not None:
            tail = tail.link
        tail.link = self
        return queue


class WorkPacket(Packet):
    def __init__(self, link, destination):
        super().__init__(link, destination)
        self.data = [0] * BUFFER_SIZE


class DevicePacket(Packet):
    pass


class Task:
    """A task control block. Subclasses implement step(packet)."""

    def __init__(self, scheduler, ident, priority, queue):
        self.scheduler = scheduler
        self.ident = ident
        self.priority = priority
        self.input = queue
        self.packet_pending = queue is not None
        self.waiting = False
        self.holding = False
        self.link = scheduler.register(self)

    @property
    def is_held_or_suspended(self):
        return self.holding or (not self.packet_pending and self.waiting)

    @property
    def is_waiting_with_packet(self):
        return self.packet_pending and self.waiting and not self.holding

    def run(self):
        if self.is_waiting_with_packet:
            packet = self.input
            self.input = packet.link
            self.packet_pending = self.input is not None
            self.waiting = False
            self.holding = False
        else:
            packet = None
        return self.step(packet)

    def step(self, packet):
        raise NotImplementedError

    def add_packet(self, packet, current):
        if self.input is None:
            self.input = packet
            self.packet_pending = True
            if self.priority > current.priority:
                return self
        else:
            self.input = packet.append_to(self.input)
        return current

    # Operations a running task asks of the scheduler; each returns the next task to run.

    def wait(self):
        self.waiting = True
        return self

    def hold(self):
        self.scheduler.hold_count += 1
        self.holding = True
        return self.link

    def release(self, ident):
        task = self.scheduler.find(ident)
        task.holding = False
        if task.priority > self.priority:
            return task
        return self

    def send(self, packet):
        target = self.scheduler.find(packet.destination)
        self.scheduler.packet_count += 1
        packet.link = None
        packet.destination = self.ident
        return target.add_packet(packet, self)


class IdleTask(Task):
    def __init__(self, scheduler, ident, priority, count):
        super().__init__(scheduler, ident, priority, None)
        self.control = 1
        self.count = count

    def step(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.hold()
        if self.control & 1 == 0:
            self.control >>= 1
            return self.release(I_DEVICE_A)
        self.control = (self.control >> 1) ^ 0xD008
        return self.release(I_DEVICE_B)


class WorkerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        super().__init__(scheduler, ident, priority, queue)
        self.waiting = True
        self.target = I_HANDLER_A
        self.letter = 0

    def step(self, packet):
        if packet is None:
            return self.wait()
        self.target = I_HANDLER_B if self.target == I_HANDLER_A else I_HANDLER_A
        packet.destination = self.target
        packet.datum = 0
        for i in range(BUFFER_SIZE):
            self.letter = self.letter % len(ALPHABET) + 1
            packet.data[i] = ALPHABET[self.letter - 1]
        return self.send(packet)


class HandlerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        super().__init__(scheduler, ident, priority, queue)
        self.waiting = True
        self.work_queue = None
        self.device_queue = None

    def step(self, packet):
        if packet is not None:
            if isinstance(packet, WorkPacket):
                self.work_queue = packet.append_to(self.work_queue)
            else:
                self.device_queue = packet.append_to(self.device_queue)
        work = self.work_queue
        if work is None:
            return self.wait()
        index = work.datum
        if index >= BUFFER_SIZE:
            self.work_queue = work.link
            return self.send(work)
        device = self.device_queue
        if device is None:
            return self.wait()
        self.device_queue = device.link
        device.datum = work.data[index]
        work.datum = index + 1
        return self.send(device)


class DeviceTask(Task):
    def __init__(self, scheduler, ident, priority):
        super().__init__(scheduler, ident, priority, None)
        self.waiting = True
        self.pending = None

    def step(self, packet):
        if packet is None:
            packet = self.pending
            if packet is None:
                return self.wait()
            self.pending = None
            return self.send(packet)
        self.pending = packet
        self.scheduler.output(self.ident, packet.datum)
        return self.hold()


class Scheduler:
    def __init__(self):
        self.tasks = [None] * TASK_COUNT
        self.head = None
        self.hold_count = 0
        self.packet_count = 0
        self.signature = 0

    def register(self, task):
        """Record task and return the previous head of the task list."""
        self.tasks[task.ident] = task
        previous = self.head
        self.head = task
        return previous

    def find(self, ident):
        task = self.tasks[ident]
        if task is None:
            raise LookupError(f"no task {ident}")
        return task

    def output(self, ident, char):
        self.signature = (self.signature * 31 + ident * 64 + ord(char)) % 1_000_000_007

    def schedule(self):
        task = self.head
        while task is not None:
            if task.is_held_or_suspended:
                task = task.link
            else:
                task = task.run()


def chain(cls, count, destination):
    queue = None
    for _ in range(count):
        queue = cls(queue, destination)
    return queue


def richards(idle_count):
    s = Scheduler()
    IdleTask(s, I_IDLE, 1, idle_count)
    WorkerTask(s, I_WORK, 1000, chain(WorkPacket, 2, 0))
    HandlerTask(s, I_HANDLER_A, 2000, chain(DevicePacket, 3, I_DEVICE_A))
    HandlerTask(s, I_HANDLER_B, 3000, chain(DevicePacket, 3, I_DEVICE_B))
    DeviceTask(s, I_DEVICE_A, 4000)
    DeviceTask(s, I_DEVICE_B, 5000)
    s.schedule()
    return s.hold_count, s.packet_count, s.signature


def bench():
    results = [richards(10000) for _ in range(6)]
    assert all(r == results[0] for r in results)
    holds, packets, signature = results[-1]
    return f"{holds}:{packets}:{signature}"


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    result = None
    for k in range(1, n + 1):
        t0 = time.perf_counter()
        result = bench()
        t1 = time.perf_counter()
        print(f"iter {k} {t1 - t0:.6f}")
    print(f"checksum {result}")


if __name__ == "__main__":
    main()
