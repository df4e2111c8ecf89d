# str.encode and str(bytes, encoding, errors) for utf-8, ascii and latin-1
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

samples = ["plain", "caf\u00e9", "\u20ac100", "\U0001F600!", "", "\x00\x7f\x80\xff"]
for s in samples:
    show("utf8 " + repr(s), lambda: s.encode())
    show("ascii ignore", lambda: s.encode("ascii", "ignore"))
    show("ascii replace", lambda: s.encode("ascii", errors="replace"))
    show("latin1 replace", lambda: s.encode("latin-1", "replace"))
    show("ascii xml", lambda: s.encode("ascii", "xmlcharrefreplace"))
    show("ascii backslash", lambda: s.encode("ascii", "backslashreplace"))
show("ascii strict", lambda: "ab\u00e9".encode("ascii"))
show("latin1 strict", lambda: "\u20ac".encode("latin_1"))
show("UTF8 alias", lambda: "\u00e9".encode("UTF8"))
show("unknown", lambda: "a".encode("no-such-codec"))
show("bad handler unused", lambda: "a".encode("ascii", "bogus"))
show("bad handler used", lambda: "\u00e9".encode("ascii", "bogus"))
show("errors int", lambda: "a".encode(errors=1))
show("encoding none", lambda: "a".encode(None))
for data in [b"abc", b"caf\xc3\xa9", b"\xff", b"a\xc3", b"\xe2\x82", b"\xe2\x28\xa1", b"\xf0\x9f\x98\x80", b"\xed\xa0\x80", b"\xc0\xaf", b"\x80abc"]:
    show("decode " + repr(data), lambda: str(data, "utf-8"))
    show("  replace", lambda: str(data, "utf-8", "replace"))
    show("  ignore", lambda: str(data, errors="ignore"))
    show("  ascii", lambda: str(data, "ascii"))
    show("  latin-1", lambda: str(data, encoding="latin-1"))
