# print(): sep, end, file, flush, and how values are converted.
import sys

print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=" | ", end=" <end>\n")
print(1, 2.5, None, True, [1, "x"], (2,), {"k": (1, 2)}, sep=";")
print("no newline", end="")
print(" ... continued")
print(*range(5), sep=", ")
print(*"spread")
print("x", sep=None, end=None)
print("to stdout", file=sys.stdout, flush=True)
print("to stdout", file=None)
sys.stdout.write("write returns nothing printed\n")
n = sys.stdout.write("abc\n")
print("write returned", n)

# str() vs repr() in print
print("quote's", ["quote's"], 'double"', ['double"'], "both'\"", ["both'\""])
print(1.0, 1e16, 1e-5, 0.1 + 0.2, -0.0, float("inf"), [float("nan")])
print(b"bytes", bytearray(b"ba"), 10 ** 20, 3 + 4j, range(3), slice(1, 2))
print({1, 2, 3}, frozenset(), set(), {}, (), [])
print("tab\tnew\\nline", repr("tab\tnew\nline"))

# nested containers with cycles
loop = [1, 2]
loop.append(loop)
print(loop)
d = {"self": None}
d["self"] = d
print(d)

# errors in print arguments
for kwargs in ({"sep": 5}, {"end": b"x"}, {"file": "not a file"}, {"bogus": 1}):
    try:
        print("x", **kwargs)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)

# print to stderr does not appear in stdout
print("this goes to stderr", file=sys.stderr)
print("done")
