# center / ljust / rjust / zfill / expandtabs
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for s in ["", "a", "ab", "abc", "\U0001F600", "\u00e9t\u00e9"]:
    for w in [-1, 0, 2, 5, 6, 7]:
        print(repr(s), w, repr(s.center(w)), repr(s.center(w, "*")), repr(s.ljust(w, "-")), repr(s.rjust(w, "\u00b7")))
for s in ["42", "-42", "+42", "", "abc", "-", "3.14", "-0"]:
    print(repr(s), s.zfill(5), s.zfill(1), s.zfill(-3))
for s in ["a\tb", "\tx", "abcd\tefg\thij", "12345678\tX", "a\nb\tc", "a\r\tb", "\t\t"]:
    print(repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(1)), repr(s.expandtabs(0)), repr(s.expandtabs(tabsize=3)), repr(s.expandtabs(-2)))
show("center str", lambda: "a".center("5"))
show("center fill 2", lambda: "a".center(5, "ab"))
show("center fill int", lambda: "a".center(5, 1))
show("center no args", lambda: "a".center())
show("ljust empty fill", lambda: "a".ljust(5, ""))
show("rjust too many", lambda: "a".rjust(1, "x", 3))
show("zfill none", lambda: "a".zfill())
show("zfill float", lambda: "a".zfill(2.0))
show("expandtabs str", lambda: "a".expandtabs("x"))
show("center huge", lambda: "a".center(2 ** 70))
