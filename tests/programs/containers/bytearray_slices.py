b = bytearray(range(10))
print(b[2:5], b[::3], b[::-1], b[-2:], b[100:])
b[2:5] = b"\xaa"
print(b)
b[0:0] = [1, 1, 1]
print(b)
b[::2] = bytes(len(b[::2]))
print(b)
del b[1::3]
print(b)
b[-1] = 7
b[len(b):] = b"end"
print(b, len(b))
for bad in ["b[::2] = b'x'", "b[0] = 256", "b[0] = 'a'", "b[1:2] = 5", "b[99]", "del b[99]", "b['x']"]:
    try:
        exec(bad)
    except Exception as e:
        print(type(e).__name__, e)
c = bytearray(b"hello")
c[0] = 106
print(c, c.decode(), c.find(b"l"), c.index(108), c.rfind(b"l"), c.count(108))
