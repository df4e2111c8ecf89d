# Big-int workload: factorials, Fibonacci by doubling, digit sums, modular arithmetic, integer roots.
def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


def fib(n):
    # fast doubling: returns (F(n), F(n+1))
    if n == 0:
        return (0, 1)
    a, b = fib(n // 2)
    c = a * (2 * b - a)
    d = a * a + b * b
    return (d, c + d) if n % 2 else (c, d)


def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x


def digit_sum(n):
    return sum([int(c) for c in str(n)])


f100 = factorial(100)
print(f100)
print(len(str(f100)), digit_sum(f100), f100.bit_length(), f100 % (10**9 + 7))
trailing = 0
m = f100
while m % 10 == 0:
    m //= 10
    trailing += 1
print("trailing zeros", trailing)
for n in [10, 90, 91, 92, 93, 100, 300, 1000]:
    v = fib(n)[0]
    print(n, v if n <= 100 else str(v)[:20] + "...", len(str(v)), v % 1000000007)
print(isqrt(2 * 10**60), isqrt(f100), isqrt(f100) ** 2 <= f100 < (isqrt(f100) + 1) ** 2)
# Fermat and Mersenne numbers, modular exponentiation
print([2**(2**k) + 1 for k in range(6)])
print(pow(3, 2**64 - 2, 2**64 - 1), pow(2, 2**127 - 2, 2**127 - 1) == 1, pow(2, 10**18, 10**18 + 9))
print([p for p in [2, 3, 5, 7, 13, 17, 19, 31, 61] if pow(2, 2**p - 2, 2**p - 1) == 1])
# binomials and Catalan numbers
def binom(n, k):
    return factorial(n) // (factorial(k) * factorial(n - k))
print(binom(100, 50), [binom(2 * n, n) // (n + 1) for n in range(15)])
# digits of 2**1000 and powers of 7, hex and binary representations via int methods
p = 2**1000
print(digit_sum(p), p.bit_count(), (p - 1).bit_count(), (7**77).to_bytes(28, 'big').hex() if False else (7**77) % 2**64)
print(int.from_bytes((7**77).to_bytes(28, 'little'), 'little') == 7**77, (-(7**77)) >> 100, (7**77) // -3**40, (7**77) % -3**40)
print(f100 / factorial(98), factorial(170) / factorial(169), float(factorial(170)) > 1e306)
