# Metaclass methods/properties are visible on classes but not instances; class-level iteration.
class EnumMeta(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        cls._members = {k: v for k, v in ns.items() if k.isupper()}
        return cls

    def __iter__(cls):
        return iter(sorted(cls._members.items(), key=lambda kv: kv[1]))

    def __len__(cls):
        return len(cls._members)

    def __contains__(cls, value):
        return value in cls._members.values()

    def __getitem__(cls, name):
        return cls._members[name]

    @property
    def names(cls):
        return sorted(cls._members)

    def __repr__(cls):
        return f"<enum {cls.__name__}>"


class Color(metaclass=EnumMeta):
    RED = 1
    GREEN = 2
    BLUE = 3
    helper = "not a member"


print(Color, len(Color), list(Color))
print(2 in Color, 7 in Color, Color["BLUE"], Color.names)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError:", e)
inst = Color()
print(hasattr(inst, "names"), hasattr(Color, "names"))
try:
    len(inst)
except TypeError as e:
    print("TypeError:", e)
try:
    Color.names = []
except AttributeError as e:
    print("AttributeError:", e)


class Shade(Color):
    DARK = 10


print(list(Shade), Shade.names, type(Shade).__name__)


class CountMeta(type):
    instances = 0

    def __call__(cls, *a, **k):
        CountMeta.instances += 1
        return super().__call__(*a, **k)

    def __getattr__(cls, name):
        return f"meta-getattr:{name}"


class Widget(metaclass=CountMeta):
    def __init__(self, n):
        self.n = n


ws = [Widget(i) for i in range(4)]
print(CountMeta.instances, Widget.anything, [w.n for w in ws])
try:
    ws[0].anything
except AttributeError as e:
    print("AttributeError:", e)
