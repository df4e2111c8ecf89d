# expandtabs, zfill, swapcase, title/capitalize corners, center with fill.
for t in ["a\tb", "\t", "abc\tdef\tg", "12345678\tx", "a\tbc\td\n\te"]:
    print(repr(t.expandtabs()), repr(t.expandtabs(4)), repr(t.expandtabs(1)), repr(t.expandtabs(0)))
print(repr("x\ty".expandtabs(-3)), repr("line1\r\tline2".expandtabs(4)))

for s in ["42", "-42", "+42", "", "abc", "-", "3.14", "-0.5", "1_000"]:
    print(repr(s), repr(s.zfill(6)), repr(s.zfill(2)))

for s in ["Hello World", "hELLO wORLD", "ǅungla", "ß straße", "ÀÉÎ õü", "123 abc DEF"]:
    print(repr(s), repr(s.swapcase()), repr(s.title()), repr(s.capitalize()))

for s in ["they're bill's friends", "hello_world-foo bar", "o'neil mcdonald", "x1y2 z3", "ΣΑΣ σας", "ﬁsh"]:
    print(repr(s.title()), repr(s.upper()), repr(s.lower()), repr(s.casefold()))

print(repr("mid".center(9, "*")), repr("mid".center(8, "-")), repr("even".center(9)), repr("x".center(0)))
print(repr("ab".ljust(5, "0")), repr("ab".rjust(5, "0")), repr("toolong".ljust(3)))
for bad in [lambda: "x".center(5, "ab"), lambda: "x".zfill("3"), lambda: "x".expandtabs("4"), lambda: "x".ljust(3, "")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

print("istitle:", [w.istitle() for w in ["Hello", "Hello World", "HeLLo", "Hello world", "123", "A1 B2", ""]])
print("isupper/islower:", [(w.isupper(), w.islower()) for w in ["ABC", "abc", "Abc", "123", "A1", "a1", ""]])
print("isspace:", [w.isspace() for w in [" ", "\t\n\r\x0b\x0c", "", " a ", "\u3000", "\xa0"]])

# Greek capital sigma lowers to final sigma at the end of a word
for s in ["ΑΣ", "ΑΣ.", "Σ", "ΑΣΑ", "ὈΔΥΣΣΕΎΣ", "a'Σ", "ΑΣ'Α", "Σ ΑΣ-ΑΣ", "ΑΣ\u0301"]:
    print(s.title(), s.capitalize(), s.swapcase(), s.lower())
