# __format__ parsing its own mini-language and delegating to builtin formats.
class Vector:
    def __init__(self, *c):
        self.c = c

    def __format__(self, spec):
        if spec.endswith("p"):
            inner = spec[:-1]
            return "<" + "; ".join([format(x, inner) for x in self.c]) + ">"
        return "(" + ", ".join([format(x, spec) for x in self.c]) + ")"

    def __str__(self):
        return format(self, "")


v = Vector(1.5, -2.25, 3)
print(f"{v}", f"{v:.1f}", f"{v:+.2fp}", f"{v:>6}")
print(format(v, "e"), "{:.0f}".format(v), str(v))
w = 8
print(f"{v:{w}.2f}")


class Temperature:
    def __init__(self, k):
        self.k = k

    def __format__(self, spec):
        unit = spec[-1] if spec and spec[-1] in "CFK" else "K"
        num_spec = spec[:-1] if spec and spec[-1] in "CFK" else spec
        value = {"K": self.k, "C": self.k - 273.15, "F": (self.k - 273.15) * 9 / 5 + 32}[unit]
        return format(value, num_spec or ".2f") + unit


t = Temperature(300)
print(f"{t}|{t:C}|{t:.1fF}|{t:8.1fC}|")
print([format(Temperature(273.15), u) for u in ("C", "F", "K", ".3K")])


class Passthrough(int):
    pass


print(f"{Passthrough(255):x} {Passthrough(5):03d} {Passthrough(7):b}")


class Default:
    pass


d = Default()
print(format(d, "") == str(d))
try:
    f"{Default():>5}"
except TypeError as e:
    print("TypeError:", e)
