"""Digits of pi with Gibbons' unbounded spigot: big-int multiply, add, floor division, divmod."""

import sys
import time


def pi_digits(count):
    """Return the first count decimal digits of pi as a string."""
    q, r, t, k = 1, 0, 1, 1
    n, l = 3, 3
    digits = []
    while len(digits) < count:
        if 4 * q + r - t < n * t:
            digits.append(n)
            q, r, n = 10 * q, 10 * (r - n * t), (10 * (3 * q + r)) // t - 10 * n
        else:
            q, r, t, k, n, l = (q * k, (2 * q + r) * l, t * l, k + 1,
                                (q * (7 * k + 2) + r * l) // (t * l), l + 2)
    return "".join(map(str, digits))


def bench():
    digits = pi_digits(2900)
    h = 0
    for i in range(0, len(digits), 50):
        h = (h * 1_000_003 + int(digits[i:i + 50])) % ((1 << 61) - 1)
    return f"{digits[:8]}..{digits[-8:]}:{h}"


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
