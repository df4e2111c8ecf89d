# A binary packet encoder/decoder on bytes and bytearray: headers, length prefixes, checksums.
MAGIC = b"\xbe\xef"


def u16(n):
    return bytes([(n >> 8) & 0xFF, n & 0xFF])


def read_u16(buf, at):
    return buf[at] << 8 | buf[at + 1]


def checksum(data):
    total = 0
    for b in data:
        total = (total + b) & 0xFFFF
    return total


def encode(kind, fields):
    body = bytearray()
    for key, value in fields:
        kb = bytes(key, "utf-8")
        vb = value if isinstance(value, (bytes, bytearray)) else bytes(str(value), "ascii")
        body.append(len(kb))
        body += kb
        body.extend(u16(len(vb)))
        body += vb
    packet = bytearray(MAGIC)
    packet.append(kind)
    packet += u16(len(body))
    packet += body
    packet += u16(checksum(packet))
    return bytes(packet)


def decode(packet):
    if packet[:2] != MAGIC:
        raise ValueError("bad magic " + packet[:2].hex())
    if checksum(packet[:-2]) != read_u16(packet, len(packet) - 2):
        raise ValueError("bad checksum")
    kind = packet[2]
    size = read_u16(packet, 3)
    body = packet[5:5 + size]
    fields = []
    i = 0
    while i < len(body):
        klen = body[i]
        key = body[i + 1:i + 1 + klen].decode()
        i += 1 + klen
        vlen = read_u16(body, i)
        fields.append((key, body[i + 2:i + 2 + vlen]))
        i += 2 + vlen
    return kind, fields


p = encode(7, [("user", "ada"), ("id", 42), ("blob", b"\x00\x01\xff")])
print(p, len(p), p.hex())
print(decode(p))
broken = bytearray(p)
broken[6] ^= 0xFF
for bad in [bytes(broken), b"\x00\x00" + p[2:]]:
    try:
        decode(bad)
    except ValueError as e:
        print(type(e).__name__, e)
stream = p + encode(1, []) + encode(2, [("k", "v" * 3)])
packets = []
while stream:
    size = read_u16(stream, 3) + 7
    packets.append(stream[:size])
    stream = stream[size:]
print(len(packets), [decode(x) for x in packets])
print(stream.find(MAGIC), p.count(b"\x00"), p.startswith(MAGIC), p.split(b"\x00")[:2], p[::-1][:4])
frame = bytearray(8)
frame[2:4] = u16(513)
frame[-1] = 255
del frame[0]
print(frame, list(frame), frame.hex(), bytes(frame) == frame, frame.pop(), frame)
print(bytes.fromhex(p.hex()) == p, MAGIC in p, b"ada" in p, p.index(b"ada"), p.upper()[:8])
