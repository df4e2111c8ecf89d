# Stand-in benchmark (harness development): a tight integer loop.
# Contract: `python intloop.py N` runs N iterations, prints `iter <k> <seconds>` after each, then `checksum <value>`.
import sys
import time


def loop(n):
    total = 0
    for i in range(n):
        total = (total + i * i) % 1000003
    return total


def main():
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 60
    result = 0
    for k in range(1, iterations + 1):
        start = time.perf_counter()
        result = loop(300000)
        print("iter", k, time.perf_counter() - start)
    print("checksum", result)


main()
