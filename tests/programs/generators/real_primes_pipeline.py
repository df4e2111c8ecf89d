# Realistic: a lazy prime sieve and number-theory pipeline built from generators.
import math

def naturals(start):
    n = start
    while True:
        yield n
        n += 1

def primes():
    """Incremental sieve: composites maps each upcoming composite to the primes that divide it."""
    composites = {}
    for n in naturals(2):
        if n not in composites:
            yield n
            composites[n * n] = [n]
        else:
            for p in composites.pop(n):
                composites.setdefault(n + p, []).append(p)

def take(n, it):
    for _, x in zip(range(n), it):
        yield x

def takewhile(pred, it):
    for x in it:
        if not pred(x):
            return
        yield x

def factorize(n):
    for p in primes():
        if p * p > n:
            break
        while n % p == 0:
            yield p
            n //= p
    if n > 1:
        yield n

def runs(it):
    it = iter(it)
    prev = next(it, None)
    if prev is None:
        return
    count = 1
    for x in it:
        if x == prev:
            count += 1
        else:
            yield prev, count
            prev, count = x, 1
    yield prev, count

def divisors(n):
    divs = [1]
    for p, k in runs(factorize(n)):
        divs = [d * p ** e for d in divs for e in range(k + 1)]
    yield from sorted(divs)

def totient(n):
    result = n
    for p, _ in runs(factorize(n)):
        result -= result // p
    return result

def twin_primes():
    ps = primes()
    prev = next(ps)
    for p in ps:
        if p - prev == 2:
            yield prev, p
        prev = p

def goldbach(n):
    small = list(takewhile(lambda p: p <= n // 2, primes()))
    pset = set(takewhile(lambda p: p <= n, primes()))
    for p in small:
        if n - p in pset:
            yield p, n - p

def perfect_numbers():
    for n in naturals(2):
        if sum(divisors(n)) - n == n:
            yield n

print("first primes:", list(take(15, primes())))
print("primes below 100:", len(list(takewhile(lambda p: p < 100, primes()))))
print("1000th prime:", next(p for i, p in enumerate(primes(), 1) if i == 1000))
for n in (360, 97, 1001, 2 ** 10, 123456):
    f = list(factorize(n))
    print(n, "=", " * ".join(f"{p}^{k}" if k > 1 else str(p) for p, k in runs(f)),
          "| divisors:", len(list(divisors(n))), "| phi:", totient(n))
print("twin primes:", list(take(8, twin_primes())))
print("goldbach 100:", list(goldbach(100)))
print("perfect:", list(take(3, perfect_numbers())))
print("sum of primes < 2000:", sum(takewhile(lambda p: p < 2000, primes())))
gaps = runs(sorted(b - a for a, b in zip(take(200, primes()), take(200, (p for i, p in enumerate(primes()) if i > 0)))))
print("prime gaps:", list(gaps))
print("sqrt check:", all(math.isqrt(p) ** 2 != p for p in take(100, primes())))
