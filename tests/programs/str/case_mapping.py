# upper / lower / casefold / swapcase / title / capitalize, ASCII and beyond
samples = ["hello World", "HELLO", "mIxEd CaSe 123", "stra\u00dfe", "\u00c9cole \u00e9t\u00e9", "they're bill's friends",
           "\u03a3\u03bf\u03c6\u03af\u03b1", "\u0130stanbul", "\ufb01ne \ufb02ow", "", "123 !?", "hello\tworld\nnew line",
           "o'neil mc-donald", "\u01c5ungla", "\U0001F600 smile"]
for s in samples:
    print(repr(s))
    print("  ", repr(s.upper()), repr(s.lower()), repr(s.casefold()))
    print("  ", repr(s.swapcase()), repr(s.title()), repr(s.capitalize()))
try:
    "a".upper(1)
except TypeError as e:
    print("TypeError", e)
try:
    "a".title(x=1)
except TypeError as e:
    print("TypeError", e)
