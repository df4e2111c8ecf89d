# Building strings: join vs concatenation, repetition, formatting tables, escapes and repr.
parts = []
for i in range(1, 6):
    parts.append(f"{i}^2={i * i}")
print(", ".join(parts))
acc = ""
for word in ["alpha", "beta", "gamma"]:
    acc += word[0].upper() + word[1:] + ";"
print(acc, len(acc))
print("-" * 20, "=" * 0, "ab" * 3, 3 * "xy", "z" * -2 == "")

# str() / repr() of many values, including escapes
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "nl\nhere", "back\\slash", "\x00\x07\x1b\x7f",
           "\u00e9\u00df", "\u2603 snow", "\U0001F600", "\u200b zero width", "\r\n"]
for s in samples:
    print(repr(s), len(s), ascii(s))

# str.format with positional, keyword, indexing and attribute access on builtins
point = (3, -4)
info = {"name": "Bob", "langs": ["py", "c"]}
print("{0}/{1}/{0}".format("a", "b"))
print("{} + {} = {}".format(2, 3, 2 + 3))
print("{p[0]},{p[1]} {d[name]} knows {d[langs][1]}".format(p=point, d=info))
print("{0.real} {0.imag} {1.__name__}".format(3 + 4j, len))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{!r:>10} {!s:<6}|".format("x", 1.5))
print("{{}} {{{}}}".format("in braces"))

# a simple text table with computed column widths
rows = [("Name", "Qty", "Price"), ("Widget", 3, 2.5), ("Gadget", 12, 10.0), ("Thingamajig", 1, 199.99)]
widths = [max([len(f"{r[c]:.2f}") if isinstance(r[c], float) else len(str(r[c])) for r in rows]) for c in range(3)]
for i, r in enumerate(rows):
    cells = []
    for c, v in enumerate(r):
        text = f"{v:.2f}" if isinstance(v, float) else str(v)
        cells.append(text.ljust(widths[c]) if c == 0 else text.rjust(widths[c]))
    print(" | ".join(cells))
    if i == 0:
        print("-+-".join(["-" * w for w in widths]))

# str() of nested containers uses repr of elements
print(str(["a", 1, None]), str(("x",)), str({"k": "v"}), str({1.5}))

# multiline strings and implicit concatenation
block = """line one
    indented line
last line"""
print(block.splitlines(), len(block))
joined = ("implicit " "concatenation " 'of ' "literals")
print(joined)
raw = r"C:\new\table\x41"
print(raw, len(raw), repr(raw))

# string comparison and sorting
words = ["banana", "Apple", "cherry", "apple", "Banana", "äpfel", "zebra", ""]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=lambda w: (len(w), w)))
print("a" < "b" < "ba" < "c", "Z" < "a", "abc" < "abd", "" < "a", "é" > "z")
print(max(words), min(words, key=len), max(words, key=lambda w: w[-1:] or "~"))
