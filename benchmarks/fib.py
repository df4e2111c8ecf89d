# Stand-in benchmark (harness development): naive recursive Fibonacci.
# Contract: `python fib.py N` runs N iterations, prints `iter <k> <seconds>` after each, then `checksum <value>`.
import sys
import time


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 60
    result = 0
    for k in range(1, iterations + 1):
        start = time.perf_counter()
        result = fib(24)
        print("iter", k, time.perf_counter() - start)
    print("checksum", result)


main()
