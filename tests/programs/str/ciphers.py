# Classical ciphers with ord/chr, str.translate and modular arithmetic.
LOWER = "abcdefghijklmnopqrstuvwxyz"
UPPER = LOWER.upper()


def caesar(text, shift):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + shift) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - 65 + shift) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)


def caesar_table(shift):
    s = shift % 26
    return str.maketrans(LOWER + UPPER, LOWER[s:] + LOWER[:s] + UPPER[s:] + UPPER[:s])


msg = "Attack at Dawn! Meet at the old mill, 5 o'clock."
enc = caesar(msg, 3)
print(enc)
print(caesar(enc, -3))
print(msg.translate(caesar_table(3)) == enc, msg.translate(caesar_table(13)).translate(caesar_table(13)) == msg)


def vigenere(text, key, decrypt=False):
    out = []
    k = 0
    for ch in text:
        if ch.isalpha() and ch.isascii():
            base = 65 if ch.isupper() else 97
            shift = ord(key[k % len(key)].lower()) - 97
            if decrypt:
                shift = -shift
            out.append(chr((ord(ch) - base + shift) % 26 + base))
            k += 1
        else:
            out.append(ch)
    return "".join(out)


v = vigenere(msg, "lemon")
print(v)
print(vigenere(v, "lemon", decrypt=True))


def atbash(text):
    return text.translate(str.maketrans(LOWER + UPPER, LOWER[::-1] + UPPER[::-1]))


print(atbash("Hello, World"), atbash(atbash("Round trip")))


def rail_fence(text, rails):
    rows = [[] for _ in range(rails)]
    r, step = 0, 1
    for ch in text:
        rows[r].append(ch)
        if rails > 1:
            if r == 0:
                step = 1
            elif r == rails - 1:
                step = -1
            r += step
    return "".join(["".join(row) for row in rows])


def rail_fence_decode(cipher, rails):
    pattern = []
    r, step = 0, 1
    for _ in cipher:
        pattern.append(r)
        if rails > 1:
            if r == 0:
                step = 1
            elif r == rails - 1:
                step = -1
            r += step
    counts = [pattern.count(i) for i in range(rails)]
    rows, pos = [], 0
    for c in counts:
        rows.append(list(cipher[pos:pos + c]))
        pos += c
    return "".join([rows[r].pop(0) for r in pattern])


rf = rail_fence("WEAREDISCOVEREDFLEEATONCE", 3)
print(rf, rail_fence_decode(rf, 3))


def frequency_crack(cipher):
    # assume the most common letter is 'e'
    counts = {}
    for ch in cipher.lower():
        if ch.isalpha():
            counts[ch] = counts.get(ch, 0) + 1
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    shift = (ord(top) - ord("e")) % 26
    return shift, caesar(cipher, -shift)


secret = caesar("the essence of these sentences seems clear enough even here", 11)
print(secret)
print(frequency_crack(secret))

# xor "cipher" over bytes with a repeating key, shown as hex
def xor_bytes(data, key):
    return bytes([b ^ key[i % len(key)] for i, b in enumerate(data)])


x = xor_bytes("secret message".encode(), b"key")
print(x.hex(), xor_bytes(x, b"key").decode())

# ROT13 via translate and chr/ord table check
rot = str.maketrans(LOWER + UPPER, LOWER[13:] + LOWER[:13] + UPPER[13:] + UPPER[:13])
print("Why did the chicken cross the road?".translate(rot))
print(sorted(rot.items())[:3], len(rot))
