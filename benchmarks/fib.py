"""Recursive Fibonacci: function calls, small-int arithmetic, comparisons."""

import sys
import time


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def bench():
    # Two sizes so one iteration lands at a useful length.
    return fib(30) + fib(32)


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
