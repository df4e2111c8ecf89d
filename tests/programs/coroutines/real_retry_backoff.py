# An async retry helper with exponential backoff and jitter from a seeded generator, on fake time;
# flaky operations, retryable vs fatal errors, timeouts and a circuit breaker.


class FakeTime:
    now = 0.0
    sleeps = []


class Sleep:
    def __init__(self, s):
        self.s = s

    def __await__(self):
        yield self
        FakeTime.sleeps.append(round(self.s, 3))
        FakeTime.now += self.s


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class LCG:
    def __init__(self, seed):
        self.state = seed

    def random(self):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return self.state / 2147483648


class Transient(Exception):
    pass


class Fatal(Exception):
    pass


class GaveUp(Exception):
    pass


rng = LCG(42)


async def retry(op, *, attempts=5, base=0.1, factor=2.0, cap=2.0, retry_on=(Transient,)):
    delay = base
    errors = []
    for attempt in range(1, attempts + 1):
        try:
            return await op(attempt), attempt, errors
        except retry_on as e:
            errors.append(f"{type(e).__name__}({e})")
            if attempt == attempts:
                raise GaveUp(f"gave up after {attempt} attempts") from e
            jitter = delay * 0.5 * rng.random()
            await Sleep(min(cap, delay + jitter))
            delay *= factor


def flaky(fail_times, result):
    async def op(attempt):
        await Sleep(0.01)
        if attempt <= fail_times:
            raise Transient(f"attempt {attempt}")
        return result
    return op


async def fatal_op(attempt):
    if attempt == 2:
        raise Fatal("corrupt data")
    raise Transient("busy")


class CircuitBreaker:
    def __init__(self, threshold, cooldown):
        self.threshold = threshold
        self.cooldown = cooldown
        self.failures = 0
        self.opened_at = None

    async def call(self, op):
        if self.opened_at is not None:
            if FakeTime.now - self.opened_at < self.cooldown:
                raise Fatal("circuit open")
            self.opened_at = None
            self.failures = 0
        try:
            r = await op(1)
        except Transient:
            self.failures += 1
            if self.failures >= self.threshold:
                self.opened_at = FakeTime.now
            raise
        self.failures = 0
        return r


async def main():
    print(await retry(flaky(0, "instant")))
    print(await retry(flaky(3, "eventually")))
    try:
        await retry(flaky(10, "never"), attempts=4)
    except GaveUp as e:
        print("GaveUp:", e, "| cause:", repr(e.__cause__))
    try:
        await retry(fatal_op)
    except Fatal as e:
        print("Fatal passes through:", e, "| context:", repr(e.__context__))
    print(await retry(flaky(2, "any error"), retry_on=(Exception,)))
    breaker = CircuitBreaker(threshold=2, cooldown=1.0)
    outcomes = []
    for i in range(7):
        op = flaky(1 if i < 3 else 0, f"call{i}")
        try:
            outcomes.append(await breaker.call(op))
        except (Transient, Fatal) as e:
            outcomes.append(f"{type(e).__name__}: {e}")
        await Sleep(0.4)
    for o in outcomes:
        print("  ", o)
    print("time", round(FakeTime.now, 3))
    print("sleeps", FakeTime.sleeps)


run(main())
