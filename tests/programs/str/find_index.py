# str.find / rfind / index / rindex with slice-style bounds and code points
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

s = "abracadabra"
for sub in ["a", "bra", "z", "", "abracadabra", "abracadabrax"]:
    print(repr(sub), s.find(sub), s.rfind(sub), s.find(sub, 1), s.rfind(sub, 0, 5), s.find(sub, -4), s.rfind(sub, -100, -3))

for start in [-20, -5, -1, 0, 3, 11, 12, 50, None]:
    print(start, s.find("a", start), s.rfind("a", start), s.find("", start), s.rfind("", start), s.find("", start, 5))

u = "h\u00e9llo w\u00f6rld \U0001F600 end \U0001F600"
print(len(u), u.find("\U0001F600"), u.rfind("\U0001F600"), u.find("end"), u.find("d", 12), u.rfind("\u00f6", 0, 8))
print(u.index("w"), u.rindex("\U0001F600", 0, 20))
show("index missing", lambda: s.index("zz"))
show("rindex missing", lambda: s.rindex("a", 1, 3))
show("no args", lambda: s.find())
show("bad type", lambda: s.find(1))
show("bad start", lambda: s.find("a", "x"))
show("too many", lambda: s.find("a", 1, 2, 3))
show("keywords", lambda: s.find("a", start=1))
show("bool bounds", lambda: s.find("b", True, 2 ** 70))
show("huge negative", lambda: s.rfind("a", -2 ** 70))
print("".find(""), "".rfind(""), "".find("", 1), "abc".find("c", 2, 2), "abc".find("c", 2, 3))
