# Number theory: sieve, factorization, divisors, totient, perfect numbers, modular arithmetic.
def sieve(n):
    flags = bytearray([1]) * (n + 1)
    flags[0] = flags[1] = 0
    for p in range(2, int(n ** 0.5) + 1):
        if flags[p]:
            flags[p * p::p] = bytes(len(range(p * p, n + 1, p)))
    return [i for i, f in enumerate(flags) if f]


primes = sieve(200)
print(len(primes), primes[:15], primes[-3:])


def factorize(n):
    factors = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors[d] = factors.get(d, 0) + 1
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors


def show(factors):
    return " * ".join([f"{p}^{e}" if e > 1 else str(p) for p, e in sorted(factors.items())])


for n in [2, 12, 97, 360, 1001, 65536, 999999, 2 ** 31 - 1, 600851475143]:
    print(n, "=", show(factorize(n)))


def divisors(n):
    small, large = [], []
    d = 1
    while d * d <= n:
        if n % d == 0:
            small.append(d)
            if d != n // d:
                large.append(n // d)
        d += 1
    return small + large[::-1]


def totient(n):
    result = n
    for p in factorize(n):
        result -= result // p
    return result


print(divisors(360), len(divisors(720720)))
print([totient(n) for n in range(1, 21)])
print([n for n in range(2, 10000) if sum(divisors(n)[:-1]) == n])
amicable = sorted(set([n for n in range(2, 3000) if (m := sum(divisors(n)[:-1])) != n and sum(divisors(m)[:-1]) == n]))
print(amicable)


# modular exponentiation by hand vs pow
def mod_pow(base, exp, mod):
    result = 1
    base %= mod
    while exp:
        if exp & 1:
            result = result * base % mod
        base = base * base % mod
        exp >>= 1
    return result


for b, e, m in [(2, 10, 1000), (3, 200, 1000007), (7, 2 ** 64, 10 ** 9 + 7), (123456789, 987654321, 2 ** 61 - 1)]:
    print(b, e, m, mod_pow(b, e, m), pow(b, e, m) == mod_pow(b, e, m))


# Miller-Rabin with fixed bases (deterministic for n < 3.3e24)
def is_prime(n):
    if n < 2:
        return False
    small = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41]
    for p in small:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in small:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


print([n for n in range(2 ** 61 - 100, 2 ** 61) if is_prime(n)])
print(is_prime(2 ** 89 - 1), is_prime(2 ** 89 + 1), all([is_prime(p) for p in primes]), [n for n in range(200) if is_prime(n)] == primes)

# chinese remainder theorem
def crt(residues, moduli):
    x, m = 0, 1
    for r, mod in zip(residues, moduli):
        inv = pow(m, -1, mod)
        x = x + m * ((r - x) * inv % mod)
        m *= mod
    return x % m, m


print(crt([2, 3, 2], [3, 5, 7]), crt([1, 2, 3, 4], [5, 7, 9, 11]))

# collatz records
best = max(range(1, 3000), key=lambda n: (lambda k: (lambda f: f(f, n, 0))(lambda f, m, c: c if m == 1 else f(f, m // 2 if m % 2 == 0 else 3 * m + 1, c + 1)))(n))
print("longest collatz start below 3000:", best)
