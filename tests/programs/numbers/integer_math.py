# math's integer functions: gcd, lcm, isqrt, comb, perm, factorial, prod.
import math

print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(0, 0), math.gcd(-12, 18), math.gcd(12, 18, 27), math.gcd())
print(math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(-4, 6), math.lcm())
print(math.gcd(2 ** 100, 6 ** 50), math.lcm(2 ** 64, 3 ** 40) % 1000003)
print([math.isqrt(n) for n in (0, 1, 2, 3, 4, 15, 16, 17, 99, 10 ** 20, 10 ** 20 - 1)])
print(math.isqrt(2 ** 200 + 12345) == 2 ** 100)
print([math.comb(10, k) for k in range(11)])
print(math.comb(100, 50), math.comb(5, 7), math.perm(5), math.perm(5, 2), math.perm(5, 0), math.perm(3, 5))
print([math.factorial(n) for n in range(10)], len(str(math.factorial(200))))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod(range(1, 11), start=2), math.prod([1.5, 2]))

for bad in (lambda: math.isqrt(-1), lambda: math.factorial(-3), lambda: math.factorial(3.0), lambda: math.comb(-1, 2),
            lambda: math.comb(5, 2.0), lambda: math.gcd(1.5, 2), lambda: math.perm(-2), lambda: math.isqrt("9")):
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

# pascal's triangle check and binomial identities
for n in range(7):
    row = [math.comb(n, k) for k in range(n + 1)]
    print(" ".join(map(str, row)).center(40))
print(all([sum([math.comb(n, k) for k in range(n + 1)]) == 2 ** n for n in range(30)]))

# perfect squares, triangular numbers, and isqrt-based tests
def is_square(n):
    return n >= 0 and math.isqrt(n) ** 2 == n

print([n for n in range(200) if is_square(n)])
print([n for n in range(1, 60) if is_square(8 * n + 1)])

# extended euclid and modular inverse (pow with -1)
def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y

for a, m in [(3, 11), (10, 17), (7, 40), (6, 9)]:
    g, x, _ = egcd(a, m)
    try:
        inv = pow(a, -1, m)
    except ValueError as e:
        inv = f"ValueError: {e}"
    print(a, m, g, x % m if g == 1 else None, inv)

# digit sums and reversals of big numbers
big = math.factorial(50)
print(sum(map(int, str(big))), str(big)[::-1].lstrip("0")[:10], big.bit_length(), str(big).count("0"))
