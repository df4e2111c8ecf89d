# Binary-heap priority queue class with dunders, tasks ordered via __lt__, stable tie-breaking, and a scheduler.
class PriorityQueue:
    def __init__(self, items=(), key=None):
        self._heap = []
        self._key = key or (lambda x: x)
        self._counter = 0
        for it in items:
            self.push(it)

    def _less(self, i, j):
        a, b = self._heap[i], self._heap[j]
        ka, kb = self._key(a[1]), self._key(b[1])
        if ka < kb:
            return True
        if kb < ka:
            return False
        return a[0] < b[0]

    def push(self, item):
        self._heap.append((self._counter, item))
        self._counter += 1
        i = len(self._heap) - 1
        while i > 0:
            parent = (i - 1) // 2
            if self._less(i, parent):
                self._heap[i], self._heap[parent] = self._heap[parent], self._heap[i]
                i = parent
            else:
                break
        return self

    def pop(self):
        if not self._heap:
            raise IndexError("pop from empty PriorityQueue")
        top = self._heap[0]
        last = self._heap.pop()
        if self._heap:
            self._heap[0] = last
            i, n = 0, len(self._heap)
            while True:
                smallest = i
                for child in (2 * i + 1, 2 * i + 2):
                    if child < n and self._less(child, smallest):
                        smallest = child
                if smallest == i:
                    break
                self._heap[i], self._heap[smallest] = self._heap[smallest], self._heap[i]
                i = smallest
        return top[1]

    def peek(self):
        if not self._heap:
            raise IndexError("peek at empty PriorityQueue")
        return self._heap[0][1]

    def __len__(self):
        return len(self._heap)

    def __bool__(self):
        return bool(self._heap)

    def __iter__(self):
        copy = PriorityQueue(key=self._key)
        copy._heap = list(self._heap)
        result = []
        while copy:
            result.append(copy.pop())
        return iter(result)

    def __contains__(self, item):
        return any([entry[1] == item for entry in self._heap])

    def __iadd__(self, item):
        return self.push(item)

    def __repr__(self):
        return f"PriorityQueue({list(self)})"


class Task:
    def __init__(self, name, priority, duration):
        self.name, self.priority, self.duration = name, priority, duration

    def __lt__(self, other):
        return self.priority > other.priority

    def __eq__(self, other):
        return isinstance(other, Task) and self.name == other.name

    __hash__ = None

    def __repr__(self):
        return f"{self.name}(p{self.priority})"


pq = PriorityQueue([5, 3, 8, 1, 9, 2])
print(pq, len(pq), pq.peek(), 8 in pq, 7 in pq)
print([pq.pop() for _ in range(3)], list(pq), len(pq))
pq += 0
pq += 4
print(list(pq), pq.pop(), pq.pop())
words = PriorityQueue(["pear", "fig", "banana", "kiwi", "apple"], key=len)
print(list(words))
sched = PriorityQueue()
for t in [Task("backup", 1, 30), Task("email", 5, 2), Task("deploy", 9, 10), Task("lint", 5, 1), Task("idle", 0, 99)]:
    sched.push(t)
print(sched, Task("lint", 0, 0) in sched)
clock = 0
while sched:
    t = sched.pop()
    clock += t.duration
    print(f"t={clock:3} ran {t.name}")
    if t.name == "deploy":
        sched.push(Task("verify", 7, 3))
for bad in (sched.pop, sched.peek):
    try:
        bad()
    except IndexError as e:
        print("IndexError:", e)
print(bool(sched), len(PriorityQueue("hello")), "".join(PriorityQueue("hello")))
