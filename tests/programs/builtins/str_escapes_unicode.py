s = "tab\there\nnl \\ back \x41 \u00e9 \U0001F600 \N{GREEK SMALL LETTER ALPHA}"
print(repr(s))
print(len(s), s.encode("utf-8")[-8:], ascii(s))
b = b"\x00\xff\n\t'\"\\"
print(b, list(b), len(b), repr(b"it's"), repr(b'say "hi"'))
print("é".encode(), "é".encode("latin-1"), b"caf\xc3\xa9".decode(), "\u00e9" == "e\u0301")
print(r"raw\n\t", len(r"\n"), "\101\102", "a\
b")
print("ß".upper(), "ǅ".lower(), "İ".lower().encode(), "ﬁ".upper(), "Straße".casefold())
print("x".center(7, "·"), "αβγ"[::-1], ord("€"), chr(0x1F40D), hex(ord("\t")))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print("é".encode("ascii", "replace"), "é".encode("ascii", "backslashreplace"))
print(bytes(3), bytes([65, 66]), bytearray(b"ab") + b"c")
