# Naive recursive Fibonacci: many small calls, a classic for a JIT (try --engine.TraceCompilation=true).
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


n = 30
if len(sys.argv) > 1:
    n = int(sys.argv[1])
for i in range(0, n + 1, 3):
    print("fib(" + str(i) + ") =", fib(i))
