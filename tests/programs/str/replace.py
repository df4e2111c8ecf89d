# str.replace: counts, empty patterns, keyword count (3.13), unicode
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 2), s.replace("one", "1", 0), s.replace("one", "1", -5))
print(s.replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "".replace("a", "b"))
print(s.replace("o", ""), s.replace(" ", "  "), s.replace("one two", "X"), s.replace("missing", "y"))
print("aaaa".replace("aa", "b"), "aaa".replace("aa", "b"), "\U0001F600\u00e9".replace("", "|"))
print(s.replace("one", "1", count=1))
show("replace one arg", lambda: s.replace("a"))
show("replace int", lambda: s.replace(1, "a"))
show("replace int new", lambda: s.replace("a", 2))
show("replace count str", lambda: s.replace("a", "b", "c"))
show("replace many", lambda: s.replace("a", "b", 1, 2))
show("replace kw", lambda: s.replace("a", "b", cnt=1))
