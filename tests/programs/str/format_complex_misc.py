# format() on complex, None and other objects
for c in [1 + 2j, -1.5 - 0.5j, 2j, -2j, 0j, 1e20 + 1e-5j, 3 + 0j]:
    print(repr(c), [format(c, s) for s in ["", ".2f", "e", ">20", "<16.3g", "+", "^18", "G", ".3"]])
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
show("complex zero pad", lambda: format(1j, "010"))
show("complex eq", lambda: format(1j, "=10"))
show("complex d", lambda: format(1j, "d"))
show("none", lambda: format(None))
show("none spec", lambda: format(None, ">5"))
show("list", lambda: format([1, 2]))
show("list spec", lambda: format([1, 2], "10"))
show("tuple", lambda: format((1,), ""))
show("dict spec", lambda: format({}, "s"))
