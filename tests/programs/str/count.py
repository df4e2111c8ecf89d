# str.count: non-overlapping, empty needles, bounds
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

s = "aaaa bbb aaa"
for sub in ["a", "aa", "aaa", "b", " ", "", "x", s]:
    print(repr(sub), s.count(sub), s.count(sub, 2), s.count(sub, 2, -2), s.count(sub, -3), s.count(sub, 20))
print("".count(""), "".count("", 1), "abc".count("", 3), "abc".count("", 4), "abc".count("", -1))
print("\U0001F600x\U0001F600".count("\U0001F600"), "\U0001F600x\U0001F600".count("", 1))
print(("ab" * 10).count("ab"), ("ab" * 10).count("ba"))
show("count()", lambda: s.count())
show("count(1)", lambda: s.count(1))
show("count(None)", lambda: s.count(None))
show("count start str", lambda: s.count("a", "1"))
