# str.translate with mapping tables: ints, strings, None (delete), missing keys kept
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

table = {97: "A", 98: 66, 99: None, 100: "dd", 0x1F600: ":)"}
print("abcdefabc".translate(table), "\U0001F600 abc".translate(table), "".translate(table))
rot13 = {}
lower = "abcdefghijklmnopqrstuvwxyz"
upper = lower.upper()
for i in range(26):
    rot13[lower[i]] = lower[(i + 13) % 26]
    rot13[upper[i]] = upper[(i + 13) % 26]
codes = {}
for k in rot13:
    codes["%c" % k] = rot13[k]
print("Hello, World!".translate({104: "H"}))
show("bad value", lambda: "abc".translate({97: 1.5}))
show("out of range", lambda: "abc".translate({97: -1}))
show("not subscriptable", lambda: "abc".translate(1))
show("list table", lambda: "\x00\x01\x05".translate(["zero", "one"]))
show("no args", lambda: "abc".translate())
