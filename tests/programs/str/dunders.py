# the data model of str: len, in, indexing, slicing, +, *, comparisons, hashing, iteration
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

s = "h\u00e9llo \U0001F600 w\u00f6rld"
print(len(s), s[0], s[1], s[6], s[-1], s[-7], s[2:8], s[::-1], s[::2], s[100:], s[-3:-1], s[5:1:-1])
print("\U0001F600" in s, "llo" in s, "" in s, "x" in s, "a" not in s)
print("ab" + "cd", "ab" * 3, 3 * "ab", "ab" * 0, "ab" * -2, "" * 5, "x" * True)
print("a" < "b", "a" < "B", "abc" < "abd", "ab" < "abc", "\uffff" < "\U0001F600", "Z" <= "Z", "b" > "a", "a" >= "b", "a" == "a", "a" != "a")
print("abc".__hash__() == ("ab" + "c").__hash__(), "".__hash__() == "".__hash__(), {"a": 1, "a" + "": 2})
chars = []
for c in "a\U0001F600b":
    chars.append(c)
print(chars, list("xyz"), [c.upper() for c in "hey"])
print("ab".__len__(), "ab".__contains__("b"), "ab".__getitem__(1), "ab".__add__("c"), "ab".__mul__(2), "ab".__rmul__(2))
print("a".__lt__("b"), "a".__eq__(1), "a".__ne__("a"), "a".__ge__(1))
print("%s" % "x", "ab".__mod__(()), "x".__str__(), "x".__repr__(), "x".__format__(">3"))
show("index error", lambda: s[50])
show("add int", lambda: "a" + 1)
show("mul str", lambda: "a" * "b")
show("mul float", lambda: "a" * 2.0)
show("compare int", lambda: "a" < 1)
show("contains int", lambda: 1 in "abc")
show("item assign", lambda: s.__setitem__(0, "x"))
print("x".__rmod__("<%s>"), "x".__rmod__(1))
show("len arg", lambda: "x".__len__(1))
show("mul huge", lambda: "x".__mul__(2 ** 70))
