# str subclasses: methods return plain str, str() of subclass, overrides.
class Name(str):
    def __new__(cls, value):
        return super().__new__(cls, value.strip().title())

    def initials(self):
        return "".join([p[0] for p in self.split()])

    def __repr__(self):
        return f"Name({str.__repr__(self)})"


n = Name("  ada lovelace ")
print(n, repr(n), len(n), n.initials(), n.upper(), type(n.upper()).__name__)
print(type(str(n)).__name__, str(n) == n, type(n + "!").__name__, type(n[0:3]).__name__)
print(n.startswith("Ada"), "love" in n.lower(), n.split(), f"<{n}>", "%s" % n)
print({n: 1}["Ada Lovelace"], n == "Ada Lovelace", sorted([Name("b"), Name("a")]))


class Loud(str):
    def __str__(self):
        return self.upper() + "!"

    def __len__(self):
        return 99


l = Loud("hey")
print(l, str(l), f"{l}", "{}".format(l), len(l), l.upper(), repr(l))
print(l + "x", l * 2, "-".join([l, l]))


class Tag(str):
    def __add__(self, o):
        return Tag(f"{str(self)}+{o}")

    def __radd__(self, o):
        return Tag(f"{o}+{str(self)}")


t = Tag("a")
print(t + "b", "z" + t, type("z" + t).__name__, t + t)
print("".join(map(str, [Tag("p"), Tag("q")])))


class Path(str):
    sep = "/"

    def __truediv__(self, other):
        return Path(self.rstrip(self.sep) + self.sep + other)


p = Path("/usr") / "local" / "bin"
print(p, type(p).__name__, p.count("/"), p.replace("/", "\\"))
print(isinstance(p, str), issubclass(Path, str), Path.__mro__[1].__name__)
