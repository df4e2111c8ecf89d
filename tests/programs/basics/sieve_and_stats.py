import math


def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    for n in range(2, math.isqrt(limit) + 1):
        if is_prime[n]:
            is_prime[n * n::n] = [False] * len(range(n * n, limit + 1, n))
    return [n for n in range(limit + 1) if is_prime[n]]


primes = sieve(10000)
print(len(primes), primes[:10], primes[-3:])
gaps = [primes[i + 1] - primes[i] for i in range(len(primes) - 1)]
widest = max(gaps)
print("max gap", widest, "at", primes[[i for i in range(len(gaps)) if gaps[i] == widest][0]])
prime_set = set(primes)
twins = [(p, p + 2) for p in primes if p + 2 in prime_set]
print("twin pairs", len(twins), twins[-1])
mean = sum(primes) / len(primes)
var = sum([(p - mean) ** 2 for p in primes]) / len(primes)
print("mean", int(mean * 1000) / 1000, "stdev", int(math.sqrt(var) * 1000) / 1000)
digits = {}
for p in primes:
    last = p % 10
    digits[last] = digits.get(last, 0) + 1
for d in [1, 2, 3, 5, 7, 9]:
    print("ends in", d, digits.get(d, 0))
print(2 ** 127 - 1, (2 ** 127 - 1) % 1000007, 10 ** 30 // 7, -(10 ** 30) // 7)
