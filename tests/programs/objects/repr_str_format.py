# __repr__, __str__, __format__ used by print, str, repr, f-strings, format, containers.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return f"Money({self.cents})"

    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"

    def __format__(self, spec):
        if spec == "":
            return str(self)
        if spec == "cents":
            return f"{self.cents}c"
        return format(self.cents / 100, spec)


m = Money(1234)
print(m)
print(str(m), repr(m))
print([m, m], (m,), {"k": m})
print(f"{m}|{m!r}|{m!s}|{m:cents}|{m:>10.1f}|{m:.3f}")
print(format(m), format(m, "cents"), "{} {!r} {:cents}".format(m, m, m))
print("%s %r" % (m, m))


class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"


print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr()}", [OnlyRepr()])


class OnlyStr:
    def __str__(self):
        return "only-str"


o = OnlyStr()
print(o, f"{o}", repr(o).startswith("<__main__.OnlyStr object"))
try:
    format(OnlyStr(), "x")
except TypeError as e:
    print("TypeError:", e)


class BadRepr:
    def __repr__(self):
        return 42


try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)


class BadStr:
    def __str__(self):
        return None


try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)


class Nested:
    def __init__(self, *kids):
        self.kids = kids

    def __repr__(self):
        return f"N{list(self.kids)!r}"


print(Nested(Nested(), Nested(Nested())))
print(f"{Money(5)!r:>12}|{Money(99)!s:*^9}|")
print(ascii(Money(1)))
