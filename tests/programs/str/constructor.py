# str(): no argument, any object, bytes with an encoding, and argument errors
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

print(repr(str()), str(42), str(-3.5), str(True), str(None), str([1, "a"]), str((1,)), str({"k": "v"}), str(1e100), str(2 ** 80))
print(str("same"), str(object="kw"), str(b"bytes"), str(1 + 2j), str(ValueError("msg")))
show("decode", lambda: str(b"\xc3\xa9t\xc3\xa9", "utf-8"))
show("errors only", lambda: str(b"\xff", errors="replace"))
show("not bytes", lambda: str(1, "utf-8"))
show("str with encoding", lambda: str("x", "utf-8"))
show("unknown encoding", lambda: str(b"a", "bogus"))
show("too many", lambda: str(b"a", "utf-8", "strict", 1))
show("bad kw", lambda: str(b"a", enc="utf-8"))
show("encoding int", lambda: str(b"a", 1))
print(type(str(5)).__name__, isinstance("x", str), str(str(str("nest"))))
