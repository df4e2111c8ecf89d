# startswith / endswith with tuples and bounds, removeprefix / removesuffix
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

s = "hello world"
print(s.startswith("hell"), s.startswith("world", 6), s.startswith("wor", 6, 8), s.startswith("wor", 6, 9))
print(s.endswith("world"), s.endswith("hello", 0, 5), s.endswith("lo", 0, -6), s.endswith(""), s.startswith(""))
print(s.startswith(("x", "he")), s.endswith(("x", "y")), s.startswith(()), s.endswith(("ld",), 3))
print(s.startswith("", 11), s.startswith("", 12), s.endswith("", 12), s.endswith("d", -1), s.startswith("h", -100))
print("\u00e9t\u00e9".startswith("\u00e9"), "\U0001F600ab".endswith("b", 1), "\U0001F600ab".startswith("a", 1))
show("startswith int", lambda: s.startswith(1))
show("endswith tuple int", lambda: s.endswith(("a", 1)))
show("startswith none", lambda: s.startswith())
show("endswith list", lambda: s.endswith(["a"]))
print("prefix-body".removeprefix("prefix-"), "prefix-body".removeprefix("x"), "body.txt".removesuffix(".txt"), "a".removesuffix(""), "".removeprefix(""))
show("removeprefix int", lambda: s.removeprefix(1))
show("removesuffix none", lambda: s.removesuffix())
show("removesuffix two", lambda: s.removesuffix("a", "b"))
