# eval(repr(x)) == x for builtin values, and the reprs themselves.
values = [
    0, -1, 10 ** 30, -(2 ** 100), 1.5, -0.0, 1e-7, 1e22, 1.7976931348623157e308, 5e-324, 0.1 + 0.2,
    1j, -2.5 + 3j, complex(0, -0.0), True, False, None, ..., "", "plain", "it's", 'say "x"', "both ' \"",
    "\n\t\\", "\x00\x1f\x7f\x80\xff", "\u0100\u2028\uffff", "\U0001f40d", b"", b"bytes'\"\x00\xff", bytearray(b"ba\n"),
    [], [1, [2, [3]]], (), (1,), (1, (2,)), {}, {"k": [1, {"n": None}]}, set(), {3}, frozenset(), frozenset({1}),
    range(0), range(1, 10, 3), range(-5, 5, -1), slice(1, None, 2),
]
for v in values:
    r = repr(v)
    back = eval(r)
    same = back == v or (isinstance(v, float) and v != v)
    print(f"{type(v).__name__:<10} {r:<40} roundtrip={same} sametype={type(back) is type(v)}")

# float reprs are the shortest round-tripping strings
for f in [0.1, 0.2, 0.3, 1 / 3, 2 / 3, 100.0, 1e16, 1e15 + 0.3, 123456789.123456789, 2 ** 0.5, 1e-5, 0.0001]:
    print(repr(f), float(repr(f)) == f, str(f) == repr(f))

# special floats do not round-trip through eval but do through float()
for s in ["inf", "-inf", "nan"]:
    v = float(s)
    print(repr(v), repr(float(repr(v))), str(v))
try:
    eval(repr(float("inf")))
except NameError as e:
    print("NameError:", e)

# repr of nested recursive structures
a = [1]
a.append(a)
d = {}
d["me"] = d
d["list"] = a
print(repr(a), repr(d))

# repr of builtin functions and types does not include addresses
print(repr(len), repr(int), repr(type), repr(ValueError), repr(print))
print(repr(ValueError("x")), repr(KeyError("k", 1)), repr(StopIteration()), repr(OSError(2, "nope")))
