# Overriding properties in subclasses and reaching the parent property through super().
class Base:
    def __init__(self):
        self._name = "base"

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, v):
        print("  Base setter", v)
        self._name = v

    @property
    def label(self):
        return "label:" + self.name


class Upper(Base):
    @property
    def name(self):
        return super().name.upper()

    @name.setter
    def name(self, v):
        print("  Upper setter", v)
        super(Upper, type(self)).name.fset(self, v + "!")


u = Upper()
print(u.name, u.label)
u.name = "new"
print(u.name, u._name, u.label)


class Sub(Upper):
    @Upper.name.getter
    def name(self):
        return "sub<" + self._name + ">"


s = Sub()
s.name = "x"
print(s.name, s.label)
print(type(Sub.__dict__["name"]).__name__, Sub.name.fset is Upper.name.fset)


class ReadOnlyChild(Base):
    name = property(Base.name.fget)


r = ReadOnlyChild()
print(r.name)
try:
    r.name = "fail"
except AttributeError as e:
    print("AttributeError:", e)
Base.name.fset(r, "forced")
print(r.name)
