# An LZ77-style compressor on bytes with a bit-level token format, plus Adler-32 and CRC-32 by hand.
WINDOW = 255
MIN_MATCH = 3
MAX_MATCH = 18


def adler32(data):
    a, b = 1, 0
    for byte in data:
        a = (a + byte) % 65521
        b = (b + a) % 65521
    return (b << 16) | a


def make_crc_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (0xEDB88320 ^ (c >> 1)) if c & 1 else c >> 1
        table.append(c)
    return table


CRC_TABLE = make_crc_table()


def crc32(data):
    c = 0xFFFFFFFF
    for byte in data:
        c = CRC_TABLE[(c ^ byte) & 0xFF] ^ (c >> 8)
    return c ^ 0xFFFFFFFF


def compress(data):
    out = bytearray()
    i = 0
    while i < len(data):
        flags = 0
        chunk = bytearray()
        for bit in range(8):
            if i >= len(data):
                break
            best_len, best_off = 0, 0
            start = max(0, i - WINDOW)
            for j in range(start, i):
                length = 0
                while length < MAX_MATCH and i + length < len(data) and data[j + length] == data[i + length]:
                    length += 1
                if length > best_len:
                    best_len, best_off = length, i - j
            if best_len >= MIN_MATCH:
                flags |= 1 << bit
                chunk += bytes([best_off, best_len - MIN_MATCH])
                i += best_len
            else:
                chunk.append(data[i])
                i += 1
        out.append(flags)
        out += chunk
    return bytes(out)


def decompress(blob):
    out = bytearray()
    i = 0
    while i < len(blob):
        flags = blob[i]
        i += 1
        for bit in range(8):
            if i >= len(blob):
                break
            if flags >> bit & 1:
                off, length = blob[i], blob[i + 1] + MIN_MATCH
                i += 2
                if off == 0 or off > len(out):
                    raise ValueError(f"bad back-reference offset {off} at output {len(out)}")
                for _ in range(length):
                    out.append(out[-off])
            else:
                out.append(blob[i])
                i += 1
    return bytes(out)


SAMPLES = [
    b"",
    b"a",
    b"abcabcabcabcabcabc",
    b"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    b"the rain in spain falls mainly on the plain; the rain in spain stays mainly in the plain",
    bytes(range(64)) * 3,
    "héllo wörld, héllo wörld, héllo!".encode(),
]

for s in SAMPLES:
    c = compress(s)
    d = decompress(c)
    ratio = f"{len(c) / len(s):.2f}" if s else "n/a"
    print(f"{len(s):4} -> {len(c):4} ratio {ratio:>4} ok={d == s} adler={adler32(s):08x} crc={crc32(s):08x}")

print(compress(b"abcabcabcX").hex(" "))
print(crc32(b"123456789") == 0xCBF43926, adler32(b"Wikipedia") == 0x11E60398)

# run-length on top of LZ: count byte frequencies of the compressed stream
blob = compress(SAMPLES[4])
freq = {}
for byte in blob:
    freq[byte] = freq.get(byte, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print([(chr(b) if 32 <= b < 127 else hex(b), n) for b, n in top])

# corrupt stream detection
bad = bytearray(compress(b"xyzxyzxyzxyz"))
print(bad.hex(" "))
bad[4] = 200
try:
    decompress(bytes(bad))
except ValueError as e:
    print("ValueError:", e)
decompress(b"\x01\x05")
