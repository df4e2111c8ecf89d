# A job scheduler on sorted lists of tuples with hand-written bisection, plus round-robin and aging.
def bisect_right(seq, item):
    lo, hi = 0, len(seq)
    while lo < hi:
        mid = (lo + hi) // 2
        if item < seq[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


def insort(seq, item):
    seq.insert(bisect_right(seq, item), item)


JOBS = [
    # (arrival, name, priority, duration)
    (0, "backup", 3, 5), (0, "email", 1, 2), (1, "compile", 2, 4), (2, "alert", 0, 1),
    (3, "report", 2, 3), (6, "index", 3, 2), (7, "page", 0, 1), (8, "cleanup", 4, 2),
]


def run_priority(jobs):
    pending = sorted(jobs)
    ready, clock, timeline, seq = [], 0, [], 0
    waits = {}
    while pending or ready:
        while pending and pending[0][0] <= clock:
            arrival, name, prio, dur = pending.pop(0)
            insort(ready, (prio, arrival, seq, name, dur))
            seq += 1
        if not ready:
            clock = pending[0][0]
            continue
        prio, arrival, _, name, dur = ready.pop(0)
        waits[name] = clock - arrival
        timeline.append((clock, clock + dur, name))
        clock += dur
    return timeline, waits


timeline, waits = run_priority(JOBS)
for start, end, name in timeline:
    print(f"{start:>3}-{end:<3} {name:<8} {'#' * (end - start)}")
print("average wait:", round(sum(waits.values()) / len(waits), 3), "max wait:", max(waits.items(), key=lambda kv: (kv[1], kv[0])))


def run_round_robin(jobs, quantum):
    queue = [[name, dur] for _, name, _, dur in sorted(jobs)]
    clock, finished = 0, []
    while queue:
        name, left = queue.pop(0)
        step = min(quantum, left)
        clock += step
        if left - step:
            queue.append([name, left - step])
        else:
            finished.append((name, clock))
    return finished


print("round robin q=2:", run_round_robin(JOBS, 2))
print("round robin q=3:", [n for n, _ in run_round_robin(JOBS, 3)])


# aging: every tick waiting jobs lose one priority point (lower is better)
def run_aging(jobs, ticks):
    ready = [[prio, name] for _, name, prio, _ in jobs]
    order = []
    for tick in range(ticks):
        ready.sort()
        prio, name = ready.pop(0)
        order.append(f"{name}({prio})")
        for job in ready:
            job[0] -= 1
        ready.append([prio + 5, name])
    return order


print(run_aging(JOBS[:4], 10))

# bisect helpers on other data
grades = [(60, "D"), (70, "C"), (80, "B"), (90, "A")]
cutoffs = [c for c, _ in grades]
def grade(score):
    i = bisect_right(cutoffs, score)
    return grades[i - 1][1] if i else "F"
print([(s, grade(s)) for s in (33, 60, 69, 70, 89, 90, 100)])
events = []
for t, label in [(5, "e"), (1, "a"), (3, "c"), (3, "b"), (9, "z"), (1, "a2")]:
    insort(events, (t, label))
print(events, bisect_right(events, (3, "c")), bisect_right([], 1))
