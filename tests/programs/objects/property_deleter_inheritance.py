# Property deleters, deleting through subclasses, and del on class attributes vs instance attributes.
class Cache:
    def __init__(self):
        self._data = {"a": 1}

    @property
    def data(self):
        return self._data

    @data.deleter
    def data(self):
        print("  clearing cache")
        self._data = {}


class SubCache(Cache):
    pass


s = SubCache()
print(s.data)
del s.data
print(s.data)
try:
    s.data = {}
except AttributeError as e:
    print("AttributeError:", e)


class Defaults:
    colour = "red"
    size = 1


d = Defaults()
d.colour = "blue"
print(d.colour, Defaults.colour)
del d.colour
print(d.colour)
try:
    del d.colour
except AttributeError as e:
    print("AttributeError:", e)
try:
    del d.size
except AttributeError as e:
    print("AttributeError:", e)
del Defaults.size
print(hasattr(d, "size"), hasattr(Defaults, "size"))
try:
    del Defaults.size
except AttributeError as e:
    print("AttributeError:", e)


class Child(Defaults):
    pass


try:
    del Child.colour
except AttributeError as e:
    print("AttributeError:", e)
print(Child.colour)
del Defaults.colour
print(hasattr(Child, "colour"))
