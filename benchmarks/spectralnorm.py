"""Spectral norm of an infinite matrix: nested loops calling a small function in the inner loop."""

import math
import sys
import time


def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def mul_av(v, out):
    n = len(v)
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(i, j) * v[j]
        out[i] = s


def mul_atv(v, out):
    n = len(v)
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(j, i) * v[j]
        out[i] = s


def mul_atav(v, out, tmp):
    mul_av(v, tmp)
    mul_atv(tmp, out)


def spectral_norm(n):
    u = [1.0] * n
    v = [0.0] * n
    tmp = [0.0] * n
    for _ in range(10):
        mul_atav(u, v, tmp)
        mul_atav(v, u, tmp)
    vbv = vv = 0.0
    for ue, ve in zip(u, v):
        vbv += ue * ve
        vv += ve * ve
    return math.sqrt(vbv / vv)


def bench():
    return f"{spectral_norm(220):.9f}"


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
