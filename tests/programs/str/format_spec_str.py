# format() on str: fill, alignment, width, precision
specs = ["", "s", "10", "<10", ">10", "^10", "^9", "*^10", "\u00b7>8", "0>6", "010", "05", ".2", "10.3", "^5.1", "x<4", "<", ">0", "\U0001F600^7"]
for spec in specs:
    print(repr(spec), repr(format("abc", spec)), repr(format("", spec)), repr(format("\u00e9t\u00e9\U0001F600", spec)))
print(repr(format("long text here", "5")), repr(format("abc", "{<6")), repr(format("abc", "}>6")))
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
show("d", lambda: format("a", "d"))
show("sign", lambda: format("a", "+"))
show("space", lambda: format("a", " "))
show("alt", lambda: format("a", "#"))
show("eq", lambda: format("a", "=5"))
show("z", lambda: format("a", "z"))
show("comma", lambda: format("a", ","))
show("underscore s", lambda: format("a", "_s"))
show("too long", lambda: format("a", "10ss"))
show("no precision", lambda: format("a", "."))
show("percent", lambda: format("a", "%"))
show("spec int", lambda: format("a", 5))
show("no args", lambda: format())
show("three args", lambda: format(1, "", 2))
show("huge width", lambda: format("a", "99999999999"))
show("huge precision float", lambda: format(1.5, ".99999999999"))
show("huge precision str", lambda: format("abc", ".99999999999"))
show("too many digits", lambda: format("a", "99999999999999999999"))
