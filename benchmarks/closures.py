"""Closures and higher-order functions: lambdas, nonlocal counters, decorators (with and
without arguments), function composition, map/filter and functools-style reduce written by hand."""

import sys
import time


def counted(func):
    """Decorator that counts calls in a closure cell."""
    calls = 0

    def wrapper(*args, **kwargs):
        nonlocal calls
        calls += 1
        return func(*args, **kwargs)

    wrapper.calls = lambda: calls
    wrapper.__name__ = func.__name__
    return wrapper


def scaled(factor):
    """Decorator factory: multiply the result by factor."""
    def decorate(func):
        def wrapper(x):
            return func(x) * factor
        return wrapper
    return decorate


def memoize(func):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = func(n)
        return cache[n]
    return wrapper


def compose(*funcs):
    def composed(x):
        for f in reversed(funcs):
            x = f(x)
        return x
    return composed


def make_accumulator(start):
    total = start

    def add(x):
        nonlocal total
        total += x
        return total
    return add


def make_adders(count):
    return [lambda x, k=k: x + k for k in range(count)]


def reduce(func, items, initial):
    acc = initial
    for item in items:
        acc = func(acc, item)
    return acc


def pipeline(size):
    # The decorated functions are built afresh each time so every call does the same work.
    @counted
    @scaled(3)
    def triple_square(x):
        return x * x

    @memoize
    def collatz_length(n):
        if n == 1:
            return 1
        return 1 + collatz_length(n // 2 if n % 2 == 0 else 3 * n + 1)

    inc = lambda x: x + 1
    halve = lambda x: x // 2
    pipe = compose(halve, triple_square, inc)
    values = list(map(pipe, range(size)))
    evens = list(filter(lambda v: v % 2 == 0, values))
    acc = make_accumulator(0)
    for v in evens:
        acc(v % 1000)
    adders = make_adders(16)
    shifted = sum(adders[i % 16](i) for i in range(size))
    product = reduce(lambda a, b: (a * 31 + b) % 1_000_003, values, 7)
    longest = max(collatz_length(n) for n in range(1, size // 8))
    return acc(0), shifted, product, longest, triple_square.calls()


def bench():
    total = 0
    for _ in range(16):
        acc, shifted, product, longest, calls = pipeline(20_000)
        total = (total * 17 + acc + shifted + product) % 1_000_000_007
    return f"{total}:{longest}:{calls}"


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
