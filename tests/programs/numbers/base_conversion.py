# Converting integers between bases by hand and with builtins; balanced ternary; base64 by hand.
DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def to_base(n, base):
    if not 2 <= base <= 36:
        raise ValueError(f"bad base {base}")
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(DIGITS[r])
    return sign + "".join(reversed(out))


for n in [0, 5, -5, 255, 1000, 2 ** 64, -(3 ** 40)]:
    row = [to_base(n, b) for b in (2, 3, 8, 16, 36)]
    print(n, row, [int(s, b) == n for s, b in zip(row, (2, 3, 8, 16, 36))])

print(bin(-10), oct(64), hex(-255), int("-0x1F", 16), int("0b101", 0), int("0o17", 0), int("z", 36), int(" 42 "), int("1_000_000"))
for bad in [("12", 2), ("", 10), ("0x", 16), ("9", 8), ("1__0", 10), ("abc", 37)]:
    try:
        int(*bad)
    except ValueError as e:
        print("ValueError:", e)


def balanced_ternary(n):
    if n == 0:
        return "0"
    out = []
    while n:
        r = n % 3
        if r == 2:
            out.append("-")
            n = n // 3 + 1
        else:
            out.append(str(r))
            n //= 3
    return "".join(reversed(out))


def from_balanced(s):
    v = 0
    for ch in s:
        v = v * 3 + {"-": -1, "0": 0, "1": 1}[ch]
    return v


print([(n, balanced_ternary(n), from_balanced(balanced_ternary(n))) for n in (-4, -1, 0, 1, 2, 5, 13, 100)])

B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def b64encode(data):
    out = []
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk + bytes(3 - len(chunk)), "big")
        chars = [B64[(n >> s) & 63] for s in (18, 12, 6, 0)]
        keep = len(chunk) + 1
        out.append("".join(chars[:keep]) + "=" * (4 - keep))
    return "".join(out)


def b64decode(text):
    out = bytearray()
    for i in range(0, len(text), 4):
        quad = text[i:i + 4]
        pad = quad.count("=")
        n = 0
        for ch in quad.rstrip("="):
            n = n * 64 + B64.index(ch)
        n <<= 6 * pad
        out += n.to_bytes(3, "big")[:3 - pad]
    return bytes(out)


for msg in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", "héllo wörld".encode()]:
    enc = b64encode(msg)
    print(repr(msg), enc, b64decode(enc) == msg)

# float formatting in other bases via hex()
print((0.1).hex(), (255.5).hex(), float.hex(-2.0))

# roman-free: digit sums in many bases and palindromes in two bases
double_palindromes = [n for n in range(1, 1000) if str(n) == str(n)[::-1] and bin(n)[2:] == bin(n)[2:][::-1]]
print(double_palindromes, sum(double_palindromes))
print(to_base(10, 1))
