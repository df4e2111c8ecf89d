# Toy RSA: key generation from fixed primes, encoding text as integers, signing, and a broken-key demo.
import math


def is_probable_prime(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d, s = d // 2, s + 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def next_prime(n):
    n += 1 + (n % 2 == 0) if n % 2 == 0 else 2
    n = n if n % 2 else n + 1
    while not is_probable_prime(n):
        n += 2
    return n


def make_keys(seed_a, seed_b, e=65537):
    p, q = next_prime(seed_a), next_prime(seed_b)
    phi = (p - 1) * (q - 1)
    if math.gcd(e, phi) != 1:
        raise ValueError("e is not coprime with phi")
    d = pow(e, -1, phi)
    return {"n": p * q, "e": e}, {"n": p * q, "d": d, "p": p, "q": q}


def text_to_blocks(text, n):
    data = text.encode("utf-8")
    size = (n.bit_length() - 1) // 8
    return [int.from_bytes(data[i:i + size], "big") for i in range(0, len(data), size)], size


def blocks_to_text(blocks, size, total_len):
    out = b""
    for i, b in enumerate(blocks):
        chunk_len = min(size, total_len - i * size)
        out += b.to_bytes(chunk_len, "big")
    return out.decode("utf-8")


def checksum(text):
    h = 0
    for ch in text.encode():
        h = (h * 131 + ch) % (2 ** 61 - 1)
    return h


public, private = make_keys(10 ** 30, 3 * 10 ** 30)
print("p, q =", private["p"], private["q"])
print("n bits:", public["n"].bit_length(), "d bits:", private["d"].bit_length())
print("e*d mod phi =", public["e"] * private["d"] % ((private["p"] - 1) * (private["q"] - 1)))

message = "Meet me at the café at 10:30 — bring the ☂!"
blocks, size = text_to_blocks(message, public["n"])
cipher = [pow(m, public["e"], public["n"]) for m in blocks]
plain = [pow(c, private["d"], private["n"]) for c in cipher]
print(len(blocks), "blocks of", size, "bytes; first cipher block ends", str(cipher[0])[-12:])
print("round trip:", blocks_to_text(plain, size, len(message.encode())))

h = checksum(message)
signature = pow(h, private["d"], private["n"])
print("signature valid:", pow(signature, public["e"], public["n"]) == h)
tampered = message.replace("10:30", "11:30")
print("tampered valid:", pow(signature, public["e"], public["n"]) == checksum(tampered))

# CRT speed-up gives the same result
dp, dq = private["d"] % (private["p"] - 1), private["d"] % (private["q"] - 1)
qinv = pow(private["q"], -1, private["p"])
def crt_decrypt(c):
    m1, m2 = pow(c, dp, private["p"]), pow(c, dq, private["q"])
    return m2 + private["q"] * ((qinv * (m1 - m2)) % private["p"])
print("crt matches:", [crt_decrypt(c) for c in cipher] == plain)

# weak key: primes too close together fall to Fermat factorization
weak_pub, weak_priv = make_keys(10 ** 20, 10 ** 20 + 1000)
n = weak_pub["n"]
a = math.isqrt(n) + (math.isqrt(n) ** 2 != n)
while not is_probable_prime(a) or True:
    b2 = a * a - n
    b = math.isqrt(b2)
    if b * b == b2:
        break
    a += 1
print("fermat found:", sorted([a - b, a + b]) == sorted([weak_priv["p"], weak_priv["q"]]))

for bad in [(4, 9, 2), (10, 20, 3)]:
    try:
        print(make_keys(*bad)[0])
    except ValueError as e:
        print("ValueError:", e)
print(pow(3, -1, 9))
