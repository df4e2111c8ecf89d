# splitlines recognizes every Unicode line boundary; keepends keeps them
samples = ["", "one", "one\n", "one\ntwo", "a\r\nb\rc\nd", "\n\n", "x\x0by\x0cz\x1cw\x1dv\x1eu\x85t\u2028s\u2029r", "no\tbreak here", "\r\n\r\n"]
for s in samples:
    print(repr(s), s.splitlines(), s.splitlines(True), s.splitlines(keepends=True))
try:
    "a".splitlines(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    "a".splitlines(foo=1)
except TypeError as e:
    print("TypeError", e)
