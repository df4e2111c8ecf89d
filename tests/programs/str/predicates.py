# the is* predicates over ASCII and Unicode samples
samples = ["", "abc", "ABC", "Abc", "abc123", "123", "\u0661\u0662\u0663", "\u00b2", "\u00bd", "\u2167", "   ", "\t\n",
           "\u00a0", "Hello World", "Hello world", "HELLO WORLD", "hello world", "_private", "2fast", "class", "na\u00efve",
           "\u00e9t\u00e9", "caf\u00e9 ", "\x00", "tab\there", "\u200b", "\U0001F600", "A1", "a-b", "\u01c5a", "\u0394\u03b5\u03bb\u03c4\u03b1",
           "\u4e00\u4e8c", "x\u0301", "Title Case Words", "ALL CAPS 1", "lower 1", "\u2028", "ascii~", "\x7f"]
tests = [lambda s: s.isalnum(), lambda s: s.isalpha(), lambda s: s.isascii(), lambda s: s.isdecimal(), lambda s: s.isdigit(),
         lambda s: s.isidentifier(), lambda s: s.islower(), lambda s: s.isnumeric(), lambda s: s.isprintable(), lambda s: s.isspace(),
         lambda s: s.istitle(), lambda s: s.isupper()]
for s in samples:
    row = []
    for t in tests:
        row.append("1" if t(s) else "0")
    print(repr(s).ljust(26), " ".join(row))
try:
    "a".isalpha(1)
except TypeError as e:
    print("TypeError", e)
