# bytes/bytearray: expandtabs, istitle, maketrans, splitlines, translate


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


for kind in (bytes, bytearray):
    print("==", kind.__name__)
    s = kind(b"a\tbc\td\r\n\tx\ty\n12345\t|")
    show("expandtabs()", lambda: s.expandtabs())
    show("expandtabs(4)", lambda: s.expandtabs(4))
    show("expandtabs(tabsize=3)", lambda: s.expandtabs(tabsize=3))
    show("expandtabs(1)", lambda: s.expandtabs(1))
    show("expandtabs(0)", lambda: s.expandtabs(0))
    show("expandtabs(-2)", lambda: s.expandtabs(-2))
    show("expandtabs(True)", lambda: s.expandtabs(True))
    show("expandtabs('x')", lambda: s.expandtabs("x"))
    show("expandtabs(1.5)", lambda: s.expandtabs(1.5))
    show("expandtabs(1, 2)", lambda: s.expandtabs(1, 2))
    show("expandtabs(tab=1)", lambda: s.expandtabs(tab=1))
    show("empty expandtabs", lambda: kind().expandtabs())

    for t in [b"", b"A", b"a", b"Hello World", b"Hello world", b"HELLO", b"Hi-There 2nd",
              b"1A", b"A1a", b"aB", b"  Title  Case  ", b"\xc3\x89cole", b"123", b"A_B_C"]:
        show("istitle " + repr(t), lambda: kind(t).istitle())
    show("istitle(1)", lambda: kind(b"A").istitle(1))

    text = kind(b"one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\n\nend")
    show("splitlines()", lambda: text.splitlines())
    show("splitlines(True)", lambda: text.splitlines(True))
    show("splitlines(keepends=True)", lambda: text.splitlines(keepends=True))
    show("splitlines(keepends=0)", lambda: text.splitlines(keepends=0))
    show("splitlines(2.5)", lambda: text.splitlines(2.5))
    show("splitlines('')", lambda: text.splitlines(""))
    show("trailing", lambda: kind(b"a\n").splitlines())
    show("trailing keep", lambda: kind(b"a\r\n\r").splitlines(True))
    show("empty", lambda: kind().splitlines())
    show("only newline", lambda: kind(b"\n").splitlines())
    show("splitlines(1, 2)", lambda: text.splitlines(1, 2))
    show("splitlines(keep=1)", lambda: text.splitlines(keep=1))

    table = kind.maketrans(b"abc", b"xyz")
    print("maketrans type", type(table).__name__, len(table), table[95:101])
    show("translate", lambda: kind(b"aabbccdd").translate(table))
    show("translate delete", lambda: kind(b"aabbccdd").translate(table, b"bd"))
    show("translate None delete", lambda: kind(b"aabbccdd").translate(None, b"a"))
    show("translate delete=", lambda: kind(b"aabbccdd").translate(None, delete=bytearray(b"cd")))
    show("translate None", lambda: kind(b"hello").translate(None))
    show("translate bytearray table", lambda: kind(b"cab").translate(bytearray(table)))
    show("translate short table", lambda: kind(b"abc").translate(b"x" * 255))
    show("translate str table", lambda: kind(b"abc").translate("x" * 256))
    show("translate str delete", lambda: kind(b"abc").translate(None, "a"))
    show("translate int delete", lambda: kind(b"abc").translate(None, 5))
    show("translate()", lambda: kind(b"abc").translate())
    show("translate(table=None)", lambda: kind(b"abc").translate(table=None))
    show("translate 3 args", lambda: kind(b"abc").translate(None, b"a", b"b"))
    show("translate bad kw", lambda: kind(b"abc").translate(None, remove=b"a"))

    show("maketrans len", lambda: kind.maketrans(b"ab", b"c"))
    show("maketrans str", lambda: kind.maketrans("a", "b"))
    show("maketrans one arg", lambda: kind.maketrans(b"a"))
    show("maketrans three", lambda: kind.maketrans(b"a", b"b", b"c"))
    show("maketrans via instance", lambda: kind(b"q").maketrans(b"q", b"r")[ord("q")])
    show("maketrans mixed", lambda: kind.maketrans(bytearray(b"\x00\xff"), b"\xff\x00")[:2])
    rot13 = bytes.maketrans(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
                            b"nopqrstuvwxyzabcdefghijklmNOPQRSTUVWXYZABCDEFGHIJKLM")
    show("rot13", lambda: kind(b"Hello, World!").translate(rot13))
    show("rot13 twice", lambda: kind(b"Hello, World!").translate(rot13).translate(rot13))

print(bytes.maketrans(b"", b"") == bytes(range(256)))
print(b"".join(bytes.maketrans(b"", b"").splitlines(True)) == bytes(range(256)))
print("abc".maketrans("a", "b") == str.maketrans("a", "b"))
