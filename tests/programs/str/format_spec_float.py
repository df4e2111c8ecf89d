# format() on float: e E f F g G n % and no type, correctly rounded
values = [0.0, -0.0, 1.0, -1.5, 0.1, 2.5, 3.14159265358979, 1234567.891, 1e16, 1.5e-7, 123456789012345678.0, 1.7976931348623157e308]
specs = ["", "e", "E", "f", "F", "g", "G", "n", "%", ".0f", ".1f", ".2e", ".3g", ".10g", ".0e", ".0g", ".1%", "#.0f", "#.0e", "#g",
         "+.2f", " .2f", "10.2f", "<10.1f", "^12.3e", "010.2f", "015,.2f", ",", "_.1f", ",.2f", "z.1f", "z", ".3", ".12", ".1", "#.3", "=+12,.1f", "x^+14.2e", ".17g", ".25f"]
for spec in specs:
    print(repr(spec), [format(v, spec) for v in values])
specials = [float("inf"), float("-inf"), float("nan")]
for spec in ["", "f", "E", "G", "010", "+", "<6", "%", ".2f", "z"]:
    print(repr(spec), [format(v, spec) for v in specials])
for v in [0.125, 0.375, 2.675, 1.005, 0.5, 1.5, 2.5, -0.5, 1e-10, 9.9999, 99.95, 0.00001234, 1e22, 1e23]:
    print(v, format(v, ".2f"), format(v, ".1e"), format(v, ".2g"), format(v, ".0f"), format(v, "z.1f"), format(-v, "z.0f"))
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
show("d", lambda: format(1.5, "d"))
show("x", lambda: format(1.5, "x"))
show("c", lambda: format(1.5, "c"))
show("s", lambda: format(1.5, "s"))
show("comma n", lambda: format(1.5, ",n"))
show("bad", lambda: format(1.5, "10.2fx"))
