s = "héllo wörld 😀"
print(len(s), s[0], s[-1], s[1:5], s[::-1], s[::2])
print("😀" * 3, len("😀" * 3), "😀" in s, "x" in s)
print(repr("tab\there"), repr('quote\'s'), repr("both ' and \""), repr("\\"), repr("\x00\x7f\u200b"))
print("a" < "b", "abc" < "abd", "Z" < "a", "é" > "z", "😀" > "\uffff")
name, n, f = "ann", 3, 2.5
print(f"{name}", f"{n}", f"{f}", f"{name!r}", f"{name!s}", f"{'é'!a}", f"{n}{n}", f"{{literal}}")
print(f"{name + '!'} {n * 2} {[n, f]} {({'k': n})}")
print("con" "cat" "enation", "multi\nline", """triple
quoted""")
print(str(1), str(1.0), str(None), str(True), str([1, "a"]), str(("x",)), repr({"a": [1]}))
for ch in "aé😀":
    print(ch, end=" ")
print()
print("x" + "y", "-" * 10, "100%")
empty = ""
print(bool(empty), len(empty), empty == "", empty * 5 == "")
