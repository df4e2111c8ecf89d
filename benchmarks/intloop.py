"""Integer loop: a mixing function built from * + % & ^ >> in a tight while/for loop."""

import sys
import time

MASK = 0xFFFFFFFF


def mix(count):
    h = 2166136261
    acc = 0
    for i in range(count):
        h = (h ^ (i & 0xFF)) * 16777619 & MASK
        h ^= h >> 13
        acc = (acc + h % 1000003) & MASK
        if i % 7 == 3:
            acc ^= i >> 2
    return h, acc


def bench():
    h, acc = mix(1_300_000)
    return (h * 31 + acc) % 1_000_000_007


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
