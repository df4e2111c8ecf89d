# PEP 461: printf-style formatting of bytes and bytearray.

def show(fmt, values):
    try:
        r = fmt % values
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

# basic conversions
show(b"%d items at %s each", (3, b"cheap"))
show(b"%i|%u|%5d|%-5d|%05d|%+d|% d", (7, 8, 42, 42, 42, 42, 42))
show(b"%x %X %#x %#X %o %#o", (255, 255, 255, 255, 8, 8))
show(b"%.3d|%8.3d|%-8.3x|", (5, 5, 10))
show(b"%f %.2f %e %.3E %g %G", (1.5, 2.345, 12345.678, 0.00012, 1e20, 1e-10))
show(b"%10.4f|%-10.2e|%+.1f", (3.14159, 31415.9, -0.05))
show(b"%d %d", (True, -(10 ** 30)))
show(b"%d", 3.99)
show(b"%%", ())
show(b"100%% sure: %s", b"yes")

# %s and %b take bytes-like objects only
show(b"[%s] [%b]", (b"abc", bytearray(b"def")))
show(b"[%5s] [%-5s] [%.2s] [%5.1s]", (b"ab", b"cd", b"efgh", b"ijk"))
show(b"%s", "text")
show(b"%b", 12)
show(b"%s", None)
show(b"%s", [1, 2])

# %r and %a give ascii()
show(b"%r %a", ("caf\xe9", "caf\xe9"))
show(b"%r", b"\x00\xff")
show(b"%a", [1, "\u20ac", 2.5])
show(b"%10r|%-6a|", ("x", 1))

# %c: int in range(256) or a single byte
show(b"%c%c%c", (72, b"i", bytearray(b"!")))
show(b"%c", 255)
show(b"%c", 256)
show(b"%c", -1)
show(b"%c", b"no")
show(b"%c", "a")
show(b"%3c|%-3c|", (65, 66))

# mappings
show(b"%(name)s is %(age)d", {b"name": b"Ann", b"age": 31})
show(b"%(name)s", {"name": b"str keys do not match"})
show(b"%(a)s %(a)s %%", {b"a": b"twice"})
show(b"%(x)5.1f|", {b"x": 2.25})
show(b"%(k)s", (1, 2))
show(b"plain", {b"unused": 1})
show(b"%(0)s", [b"zero"])

# argument count errors
show(b"%d %d", (1,))
show(b"%d", (1, 2))
show(b"no conversions", 5)
show(b"no conversions", ())
show(b"no conversions", b"bytes are not a mapping")
show(b"no conversions", bytearray(b"but bytearray is"))

# bad conversions and types
show(b"%y", 1)
show(b"%", 1)
show(b"%(key", {})
show(b"%x", 1.5)
show(b"%d", "s")
show(b"%f", "s")
show(b"%f", b"1.0")
show(b"%*d|%-*d|%.*f", (5, 1, 4, 2, 2, 3.14159))
show(b"%*d", ("5", 1))

# bytearray formats give bytearray; values are not modified
fmt = bytearray(b"<%s:%d>")
out = fmt % (b"k", 9)
print(type(out).__name__, out, fmt)
out.extend(b"!")
print(out, fmt)
print(b"%s" % fmt, bytearray(b"%d") % 7)

# explicit dunder calls
print(b"%d-%d".__mod__((1, 2)))
print(bytearray(b"%s").__mod__(b"v"))
print(b"x".__rmod__(b"%s"))
print(b"x".__rmod__("%s"))

# non-ascii bytes pass through untouched
raw = bytes(range(250, 256))
print(b"%s|%s" % (raw, b"\x00\x01") == raw + b"|\x00\x01")
print((b"\xe9%d\xff" % 5).hex())

# building a small binary-ish record table
rows = [(b"apple", 3, 0.5), (b"kiwi", 12, 0.25), (b"fig", 100, 1.75)]
for name, qty, price in rows:
    line = b"%-6s|%4d|%6.2f|%#06x" % (name, qty, price, qty)
    print(line, len(line))
print(b"%s" % b"end" + b"\n" % ())
