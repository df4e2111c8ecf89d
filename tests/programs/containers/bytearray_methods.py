ba = bytearray(b"abc")
print(ba, len(ba), ba[0], ba[-1], ba[1:], type(ba[1:]).__name__, list(ba))
ba.append(100)
ba.extend(b"ef")
ba.extend([103, 104])
ba += b"ij"
print(ba, ba.pop(), ba.pop(0), ba)
ba.insert(1, 65)
ba.remove(65)
ba[0] = 122
ba[1:3] = b"XYZ"
print(ba)
del ba[0]
del ba[::2]
print(ba, ba.upper(), ba.find(b"Z"), ba.count(b"Z"), ba.replace(b"Z", b"zz"), ba.hex())
c = ba.copy()
c.reverse()
print(c, ba, c == ba, bytearray(b"ab") == b"ab", b"ab" == bytearray(b"ab"), bytearray(b"a") < b"b")
print(bytearray(), bytearray(3), bytearray([1, 2]), bytearray("hi", "ascii"), bytearray.fromhex("4142"), bytes(bytearray(b"xy")))
print(bytearray(b"ab") + b"cd", b"cd" + bytearray(b"ab"), bytearray(b"ab") * 2, b"b" in bytearray(b"abc"), bytearray(b"a b").split())
ba.clear()
print(ba, bool(ba), bool(bytearray(b"x")))
for bad in [lambda: bytearray().pop(), lambda: bytearray(b"a").remove(9), lambda: bytearray(b"a").append(256),
            lambda: bytearray(b"a").append("x"), lambda: {bytearray(b"a"): 1}, lambda: bytearray("abc"),
            lambda: bytearray(b"ab").__setitem__(0, 300)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
buf = bytearray(b"xyz")
buf[0:1] = [65, 66]
buf[::2] = b"123"[:len(buf[::2])]
print(buf, buf.decode(), buf.strip(b"1"), buf.startswith(b"1"))
