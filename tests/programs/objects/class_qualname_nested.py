# __qualname__, __module__, __doc__ for nested classes and methods.
class Outer:
    "Outer doc"
    class Inner:
        class Deep:
            def meth(self):
                return "deep"

        def meth(self):
            return "inner"

    def make(self):
        class Local:
            pass
        return Local

    def meth(self):
        def helper():
            pass
        return helper


print(Outer.__qualname__, Outer.__name__)
print(Outer.Inner.__qualname__, Outer.Inner.__name__)
print(Outer.Inner.Deep.__qualname__)
print(Outer.Inner.Deep.meth.__qualname__)
print(Outer.make.__qualname__)
L = Outer().make()
print(L.__qualname__, L.__name__)
print(Outer().meth().__qualname__)
print(Outer.__doc__, Outer.Inner.__doc__)
print(Outer.__module__, Outer.Inner.Deep.__module__)
print(Outer.Inner.Deep().meth(), Outer.Inner().meth())
L2 = Outer().make()
print(L is L2, L.__qualname__ == L2.__qualname__)


def factory(n):
    class Made:
        size = n
    return Made


M1, M2 = factory(1), factory(2)
print(M1.size, M2.size, M1.__qualname__)
print(type(Outer.Inner()).__qualname__)
print(repr(Outer.Inner.Deep)[:8])
print(str(Outer.Inner).replace("__main__", "M"))
