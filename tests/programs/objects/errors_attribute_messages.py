# AttributeError messages for instances, classes, modules and builtins.
import math


class Thing:
    def __init__(self):
        self.size = 1


class Slotted:
    __slots__ = ("a",)


def show(fn):
    try:
        fn()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)


t = Thing()
show(lambda: t.colour)
show(lambda: Thing.colour)
show(lambda: math.nothing)
show(lambda: (5).foo)
show(lambda: "s".foo)
show(lambda: [].push)
show(lambda: None.x)
show(lambda: Slotted().a)
show(lambda: setattr(Slotted(), "b", 1))
show(lambda: setattr(5, "x", 1))
show(lambda: setattr(object(), "x", 1))
show(lambda: delattr(t, "colour"))
show(lambda: setattr(int, "x", 1))
show(lambda: t.size.bit_length.nope)
try:
    t.colour
except AttributeError as e:
    print(e.name, type(e.obj).__name__)
try:
    getattr(t, "zzz")
except AttributeError as e:
    print(e.name, e.obj is t)
print(getattr(t, "size"), getattr(t, "zzz", None))
try:
    getattr(t, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    setattr(t, 5, 1)
except TypeError as e:
    print("TypeError:", e)
