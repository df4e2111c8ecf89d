# Bitwise operations on ints, including negatives and big values.
for a, b in [(12, 10), (-12, 10), (12, -10), (-12, -10), (0, -1), (2 ** 70, 2 ** 70 - 1)]:
    print(a, b, a & b, a | b, a ^ b, ~a)

print([1 << n for n in range(0, 70, 13)])
print([(-1) >> n for n in (0, 1, 100)], [(-256) >> n for n in (1, 4, 8, 9)], 2 ** 100 >> 98)
for bad in (lambda: 1 << -1, lambda: 1 >> -2, lambda: 1.0 << 1, lambda: 1 & 1.0, lambda: ~1.5):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

print([n.bit_length() for n in (0, 1, 255, 256, -256, 2 ** 64, -(2 ** 64))])
print([n.bit_count() for n in (0, 7, 255, -255, 2 ** 64 - 1)])

# bit tricks
def lowest_set_bit(n):
    return n & -n

def is_power_of_two(n):
    return n > 0 and n & (n - 1) == 0

def popcount(n):
    count = 0
    while n:
        n &= n - 1
        count += 1
    return count

def reverse_bits(n, width=8):
    out = 0
    for _ in range(width):
        out = (out << 1) | (n & 1)
        n >>= 1
    return out

print([lowest_set_bit(n) for n in (1, 6, 12, 40, 96)])
print([n for n in range(70) if is_power_of_two(n)])
print([popcount(n) for n in range(16)])
print([f"{reverse_bits(n):08b}" for n in (1, 2, 3, 0b10110000)])

# bit sets
flags = 0
READ, WRITE, EXEC = 1, 2, 4
flags |= READ | EXEC
print(f"{flags:03b}", bool(flags & WRITE), bool(flags & EXEC))
flags &= ~EXEC
flags ^= WRITE
print(f"{flags:03b}")

# subsets via bitmasks
items = ["a", "b", "c"]
print([[items[i] for i in range(3) if mask >> i & 1] for mask in range(8)])

# gray code and its inverse
gray = [n ^ (n >> 1) for n in range(8)]
def from_gray(g):
    n = 0
    while g:
        n ^= g
        g >>= 1
    return n
print([f"{g:03b}" for g in gray], [from_gray(g) for g in gray])

# two's complement views of negative numbers
def twos(n, width):
    return format(n & ((1 << width) - 1), f"0{width}b")

for n in (5, -5, -1, -128, 127):
    print(n, twos(n, 8), int(twos(n, 8), 2), int(twos(n, 8), 2) - (256 if n < 0 else 0))

# int.to_bytes/from_bytes round trips with signed values
for n in (0, 1, -1, 255, -256, 2 ** 31 - 1, -(2 ** 31)):
    b = n.to_bytes(4, "big", signed=True)
    print(n, b.hex(), int.from_bytes(b, "big", signed=True), int.from_bytes(b, "little", signed=True))

# bool in bitwise ops stays bool or becomes int
print(True & False, True | False, True ^ True, type(True & 1).__name__, ~True, type(True & True).__name__)
