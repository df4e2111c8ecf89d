# int.to_bytes and int.from_bytes: byte orders, signed values, defaults and errors.
print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'), (255).to_bytes())
print((-1).to_bytes(2, 'big', signed=True), (-129).to_bytes(2, byteorder='little', signed=True))
print((2**70).to_bytes(10, 'big'), (0).to_bytes(0, 'big'))
print(int.from_bytes(b'\x04\x00', 'big'), int.from_bytes(b'\x04\x00', 'little'))
print(int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes(b'\xff\xff', 'big'))
print(int.from_bytes(b''), int.from_bytes([1, 2, 3], 'big'), int.from_bytes(bytes=b'\x01', byteorder='little'))
print(int.from_bytes(b'\x80' + b'\x00' * 15, 'big', signed=True))
n = 123456789123456789123456789
print(int.from_bytes(n.to_bytes(12, 'little'), 'little') == n)
print((5).from_bytes(b'\x07', 'big'))
for f in [lambda: (256).to_bytes(1, 'big'), lambda: (-1).to_bytes(1, 'big'), lambda: (128).to_bytes(1, 'big', signed=True),
          lambda: (1).to_bytes(2, 'middle'), lambda: (1).to_bytes(-1, 'big'), lambda: int.from_bytes([256], 'big')]:
    try:
        print(f())
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
