data = b"hello, world"
print(data, len(data), data[0], data[-1], data[1:5], data[::-1], data[::3])
print(data.upper(), b"MiXeD".lower(), data.find(b"o"), data.find(b"o", 5), data.rfind(b"o"), data.find(b"zz"), data.find(111))
print(data.count(b"l"), data.count(b"l", 5), data.index(b"w"), data.startswith(b"hell"), data.endswith((b"x", b"ld")))
print(data.replace(b"l", b"L"), data.replace(b"l", b"", 2), b"a,b,,c".split(b","), b"  a b  c ".split(), b"a b c".split(None, 1))
print(b"  pad  ".strip(), b"xxhixx".strip(b"x"), b"  l".lstrip(), b"r  ".rstrip(), b"-".join([b"a", b"b", bytearray(b"c")]))
print(data.hex(), b"\x00\xff".hex(":"), bytes.fromhex("de ad BE EF"), data.decode(), b"caf\xc3\xa9".decode("utf-8"), b"abc".decode("ascii"))
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes("h\u00e9", "utf-8"), bytes("abc", encoding="ascii"), bytes(b"copy"), bytes())
print(b"ab" + b"cd", b"ab" * 3, 2 * b"xy", b"ab" == b"ab", b"ab" < b"b", b"" < b"\x00", b"ab" in b"cabd", 97 in b"abc", 120 in b"abc")
print(list(b"abc"), [x for x in b"\x01\x02"], b"\x00\x7f\x80\n\t'\"\\")
print({b"k": 1}[b"k"], b"a" != b"b", repr(b"it's"), repr(b'say "hi"'))
for bad in [lambda: b"abc".index(b"z"), lambda: bytes("abc"), lambda: bytes(-1), lambda: bytes([256]), lambda: bytes(1.5),
            lambda: b"a" + "b", lambda: b"-".join(["a"]), lambda: bytes.fromhex("zz"), lambda: b"a".decode("nope"),
            lambda: b"abc"[5], lambda: b"ab".split(b""), lambda: b"x" * 1.5, lambda: bytes([1, "a"])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
