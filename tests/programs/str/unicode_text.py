# Unicode text: code points, encodings, normalization-free comparisons, width-ish handling.
texts = ["hello", "naïve", "日本語", "emoji 😀👍", "ʕ•ᴥ•ʔ", "Ωmega", "\u0041\u030a", "\u00c5"]
for t in texts:
    b8 = t.encode("utf-8")
    units16 = sum([2 if ord(c) > 0xFFFF else 1 for c in t])
    print(f"{t!r:>16} chars={len(t):2} utf8={len(b8):2} utf16={units16:2} ascii={t.isascii()} first={ord(t[0]):#06x}")

# code point iteration and classification
sample = "Aa1 _-é\u00e9Ⅻ٣\t😀"
for ch in sample:
    print(f"U+{ord(ch):04X}", repr(ch), ch.isalpha(), ch.isdigit(), ch.isnumeric(), ch.isspace(), ch.isprintable(), ch.isidentifier())

# composed vs decomposed forms are different strings
a, b = "\u00c5", "A\u030a"
print(a == b, len(a), len(b), a.encode(), b.encode())

# decoding with errors
bad = b"ok \xff\xfe bytes \xc3\xa9"
print(bad.decode("utf-8", errors="replace"))
print(bad.decode("utf-8", errors="ignore"))
print(bad.decode("latin-1"))
try:
    bad.decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e.reason, e.start, e.end)
try:
    "snow ☃".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
print("snow ☃".encode("ascii", errors="replace"), "snow ☃".encode("ascii", errors="xmlcharrefreplace"),
      "snow ☃".encode("ascii", errors="backslashreplace"))

# chr/ord round trips around surrogates and limits
for cp in [0, 0x7F, 0x80, 0xFF, 0x100, 0xFFFF, 0x10000, 0x10FFFF]:
    ch = chr(cp)
    print(hex(cp), len(ch), ord(ch) == cp, len(ch.encode("utf-8", "surrogatepass")))
for bad_cp in (-1, 0x110000):
    try:
        chr(bad_cp)
    except ValueError as e:
        print("ValueError:", e)

# case operations beyond ASCII
for word in ["straße", "İstanbul", "ǆemal", "ﬀ", "ΣΊΣΥΦΟΣ"]:
    print(word, word.upper(), word.lower(), word.casefold(), len(word.upper()))

# searching and splitting with non-ASCII separators
csv = "α·β·γ·δ"
print(csv.split("·"), csv.find("γ"), csv.index("δ"), csv.replace("·", " → "))
print("日本語テキスト".startswith("日本"), "日本語テキスト"[2:4], "—".join(["a", "b"]))

# sorting by code point
letters = ["é", "e", "z", "É", "ä", "a", "Z", "ß"]
print(sorted(letters), [hex(ord(c)) for c in sorted(letters)])

# the attributes of codec errors
try:
    b"abc\x80def".decode("ascii")
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason, e.object[e.start:e.end])
try:
    "añb€".encode("latin-1")
except UnicodeEncodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason, e.object[e.start:e.end])
