# partition / rpartition and the strip family
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for s in ["key=value=more", "novalue", "=start", "end=", ""]:
    print(repr(s), s.partition("="), s.rpartition("="), s.partition("=="), s.rpartition("value"))
print("a\U0001F600b\U0001F600c".partition("\U0001F600"), "a\U0001F600b\U0001F600c".rpartition("\U0001F600"))
show("empty sep", lambda: "abc".partition(""))
show("rpartition int", lambda: "abc".rpartition(1))
show("partition none", lambda: "abc".partition(None))
show("partition no arg", lambda: "abc".partition())
samples = ["  padded  ", "\t\n both \r\x0b\x0c", "\u00a0\u2003nbsp\u3000", "xxhixx", "", "   ", "abcba"]
for s in samples:
    print(repr(s), repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip("xa")), repr(s.lstrip("x ")), repr(s.rstrip("ab")), repr(s.strip(None)))
print(repr("\U0001F600hi\U0001F600".strip("\U0001F600")), repr("www.example.com".strip("cmowz.")))
show("strip int", lambda: "abc".strip(1))
show("lstrip list", lambda: "abc".lstrip(["a"]))
show("rstrip two", lambda: "abc".rstrip("a", "b"))
show("strip kw", lambda: "abc".strip(chars="a"))
