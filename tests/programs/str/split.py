# split / rsplit with a separator, with None (runs of whitespace), and maxsplit
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

samples = ["a,b,,c", ",a,", "", "  lead and  trail  ", "one\ttwo\nthree\r\nfour\x0bfive\x0c six\x1c7\u00a08\u20039\u3000ten", "nosep"]
for s in samples:
    print(repr(s))
    print("  ", s.split(), s.split(None, 1), s.rsplit(None, 1), s.split(maxsplit=2), s.rsplit(maxsplit=0))
    print("  ", s.split(","), s.split(",", 1), s.rsplit(",", 1), s.split(",", 0), s.rsplit(",", -1))
print("a--b--c".split("--"), "a--b--c".rsplit("--", 1), "----".split("--"), "aaa".split("a"), "aaa".rsplit("aa"))
print("x\U0001F600y\U0001F600z".split("\U0001F600"), "  a  b  ".split(" "), "  a b ".rsplit(None, 5))
print("1 2 3".split(sep=" ", maxsplit=1), "1 2 3".rsplit(sep=None))
show("empty sep", lambda: "abc".split(""))
show("empty rsep", lambda: "abc".rsplit(""))
show("int sep", lambda: "abc".split(1))
show("str maxsplit", lambda: "abc".split(",", "1"))
show("too many", lambda: "abc".split(",", 1, 2))
show("bad kw", lambda: "abc".split(x=1))
show("dup", lambda: "abc".split(",", sep=","))
