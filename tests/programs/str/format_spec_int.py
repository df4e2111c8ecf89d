# format() on int and bool: types b c d o x X n, signs, '#', grouping, zero padding
values = [0, 1, -1, 42, -42, 255, 1234567, -1234567, 2 ** 64, -(2 ** 70)]
specs = ["", "d", "5", "<6", "^7", "=+8", "+", "-", " ", "b", "#b", "o", "#o", "x", "#x", "X", "#X", "n", ",", "_", "_b", "_x", "#_X",
         "010", "010,", "09,", "08,", "07,", "+012_", "#012_x", "*>10,", "e", ".2f", "%", "g", ".3E"]
for spec in specs:
    print(repr(spec), [format(v, spec) for v in values])
print(format(65, "c"), format(0x1F600, "c"), format(233, "^5c"), format(True, ""), format(False, ""), format(True, "d"), format(True, ">5"), format(False, "#x"))
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
show("s", lambda: format(1, "s"))
show("precision", lambda: format(1, ".2"))
show("precision d", lambda: format(1, ".2d"))
show("z", lambda: format(1, "z"))
show("c sign", lambda: format(65, "+c"))
show("c alt", lambda: format(65, "#c"))
show("c range", lambda: format(-1, "c"))
show("c big", lambda: format(0x110000, "c"))
show("comma x", lambda: format(1, ",x"))
show("comma b", lambda: format(1, ",b"))
show("under n", lambda: format(1, "_n"))
show("both", lambda: format(1, ",_"))
show("twice", lambda: format(1, ",,"))
show("comma c", lambda: format(1, ",c"))
show("unknown", lambda: format(1, "q"))
show("bool s", lambda: format(True, "s"))
show("huge width", lambda: format(1, "99999999999999999999"))
