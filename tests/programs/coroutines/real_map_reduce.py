# An async map-reduce over text chunks: mapper coroutines run interleaved by a round-robin loop,
# a shuffle groups keys, reducers run as tasks, a failing chunk is retried once.

TEXT = """the quick brown fox jumps over the lazy dog
a journey of a thousand miles begins with a single step
to be or not to be that is the question
all that glitters is not gold
the early bird catches the worm but the second mouse gets the cheese
!!corrupt!!
fortune favours the bold and the bold favour fortune"""


class Yield:
    def __await__(self):
        yield


class Gather:
    def __init__(self, coros):
        self.coros = coros

    def __await__(self):
        pending = list(enumerate(self.coros))
        results = [None] * len(pending)
        errors = [None] * len(pending)
        order = []
        while pending:
            i, c = pending.pop(0)
            try:
                c.send(None)
            except StopIteration as e:
                results[i] = e.value
                order.append(i)
                continue
            except Exception as e:
                errors[i] = e
                order.append(i)
                continue
            pending.append((i, c))
            yield
        return results, errors, order


def run(coro):
    n = 0
    try:
        while True:
            coro.send(None)
            n += 1
    except StopIteration as e:
        return e.value, n


attempts = {}


async def mapper(idx, chunk):
    attempts[idx] = attempts.get(idx, 0) + 1
    counts = {}
    for word in chunk.split():
        await Yield()
        if "!" in word and attempts[idx] == 1:
            raise ValueError(f"chunk {idx} unreadable")
        word = word.strip("!")
        counts[word] = counts.get(word, 0) + 1
    return counts


async def reducer(key, values):
    total = 0
    for v in values:
        await Yield()
        total += v
    return key, total


async def map_reduce(text):
    chunks = text.split("\n")
    results, errors, order = await Gather([mapper(i, c) for i, c in enumerate(chunks)])
    print("map finish order:", order)
    failed = [i for i, e in enumerate(errors) if e is not None]
    for i in failed:
        print("retrying", i, "after", errors[i])
    retried, errors2, _ = await Gather([mapper(i, chunks[i]) for i in failed])
    for i, r in zip(failed, retried):
        results[i] = r
    groups = {}
    for partial in results:
        for word, n in partial.items():
            groups.setdefault(word, []).append(n)
    pairs, _, rorder = await Gather([reducer(k, v) for k, v in sorted(groups.items())])
    return dict(pairs), len(rorder)


(counts, reducers), steps = run(map_reduce(TEXT))
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
print("reducers", reducers, "distinct words", len(counts), "total", sum(counts.values()))
for word, n in top:
    print(f"{word:8} {n}")
print("attempts", sorted(attempts.items()))
print("outer steps", steps)
