# Instance attributes shadow methods (non-data descriptors); deleting restores the method.
class Greeter:
    def greet(self):
        return "method greet"

    def __repr__(self):
        return "Greeter()"


g = Greeter()
print(g.greet())
g.greet = lambda: "instance greet"
print(g.greet(), Greeter.greet(g))
del g.greet
print(g.greet())
g.greet = "not callable"
try:
    g.greet()
except TypeError as e:
    print("TypeError:", e)
del g.greet
g.__repr__ = lambda: "instance repr"
print(repr(g), g.__repr__())


class WithProp:
    @property
    def value(self):
        return "property value"


w = WithProp()
w.__dict__["value"] = "dict value"
print(w.value, w.__dict__["value"])


class Lazy:
    def compute(self):
        print("  computing")
        result = 42
        self.compute = lambda: result
        return result


l = Lazy()
print(l.compute(), l.compute(), l.compute())
print("compute" in vars(l), Lazy().compute())
