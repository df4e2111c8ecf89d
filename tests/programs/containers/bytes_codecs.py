for data, enc, errors in [(b"\xff", "utf-8", "strict"), (b"\xffab", "utf-8", "ignore"), (b"a\xffb", "utf-8", "replace"),
                          (b"caf\xc3\xa9", "utf-8", "strict"), (b"\x80", "ascii", "strict"), (b"\xe9t\xe9", "latin-1", "strict"),
                          (b"\xc3", "utf-8", "strict"), (b"x", "no-such-codec", "strict")]:
    try:
        print(repr(data.decode(enc, errors)))
    except (UnicodeDecodeError, LookupError) as e:
        print(type(e).__name__, e)
for text, enc in [("café", "utf-8"), ("café", "ascii"), ("é", "latin-1"), ("€", "latin-1")]:
    try:
        print(bytes(text, enc), bytearray(text, enc))
    except UnicodeEncodeError as e:
        print(type(e).__name__, e)
print(bytes("café", "ascii", "replace"), bytes("café", encoding="ascii", errors="ignore"), b"a\xff".decode(errors="replace"))
