# ascii(): repr with non-ASCII characters escaped
print(ascii("plain"), ascii("café"), ascii("naïve\n"), ascii("€"), ascii("😀"))
print(ascii(["ä", "b"]), ascii(("ñ",)), ascii({"ö": "ü"}))
print(ascii(1), ascii(2.5), ascii(None), ascii(b"\xff"), ascii("'quote'"), ascii('"dq"'))
print(ascii("tab\there"), ascii("\x7f"), ascii("\u0100"), ascii("\U0010ffff"))
print(len(ascii("é")), type(ascii(1)).__name__)
try:
    ascii()
except TypeError as e:
    print(type(e).__name__, e)
