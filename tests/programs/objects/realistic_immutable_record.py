# Immutable record types via __slots__ and __setattr__/__delattr__ overrides, with a factory that builds record classes.
class FrozenError(AttributeError):
    pass


class Record:
    __slots__ = ()
    _fields = ()

    def __init__(self, *args, **kwargs):
        if len(args) > len(self._fields):
            raise TypeError(f"{type(self).__name__} takes {len(self._fields)} positional arguments but {len(args)} were given")
        values = dict(zip(self._fields, args))
        for k, v in kwargs.items():
            if k not in self._fields:
                raise TypeError(f"{type(self).__name__} got an unexpected field {k!r}")
            if k in values:
                raise TypeError(f"{type(self).__name__} got multiple values for field {k!r}")
            values[k] = v
        for f in self._fields:
            if f not in values:
                default = self._defaults.get(f, Record)
                if default is Record:
                    raise TypeError(f"{type(self).__name__} missing field {f!r}")
                values[f] = default
            object.__setattr__(self, f, values[f])

    def __setattr__(self, name, value):
        raise FrozenError(f"cannot assign to field {name!r} of frozen {type(self).__name__}")

    def __delattr__(self, name):
        raise FrozenError(f"cannot delete field {name!r} of frozen {type(self).__name__}")

    def _astuple(self):
        return tuple([getattr(self, f) for f in self._fields])

    def _replace(self, **changes):
        values = dict(zip(self._fields, self._astuple()))
        values.update(changes)
        return type(self)(**values)

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self._astuple() == other._astuple()

    def __hash__(self):
        return hash((type(self).__name__,) + self._astuple())

    def __lt__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self._astuple() < other._astuple()

    def __iter__(self):
        return iter(self._astuple())

    def __len__(self):
        return len(self._fields)

    def __getitem__(self, i):
        return self._astuple()[i]

    def __repr__(self):
        inner = ", ".join([f"{f}={getattr(self, f)!r}" for f in self._fields])
        return f"{type(self).__name__}({inner})"

    __match_args__ = ()


def record(name, fields, defaults=None):
    names = tuple(fields.replace(",", " ").split())
    for n in names:
        if not n.isidentifier() or n.startswith("_"):
            raise ValueError(f"invalid field name {n!r}")
    ns = {"__slots__": names, "_fields": names, "_defaults": dict(defaults or {}), "__match_args__": names}
    return type(name, (Record,), ns)


Point = record("Point", "x, y")
Person = record("Person", "name age email", defaults={"email": None})
p = Point(1, 2)
q = Point(y=5, x=3)
print(p, q, p.x, q.y, len(p), list(p), p[1], tuple(q))
print(p == Point(1, 2), p != q, p < q, sorted([q, p, Point(0, 9)]), hash(p) == hash(Point(1, 2)))
print({p: "a", Point(1, 2): "b"}, p == (1, 2))
x, y = q
print(x + y, p._replace(y=100), p)
ann = Person("ann", 30)
print(ann, ann._replace(email="a@x"), Person(name="bo", age=1, email="b@y"))
for attempt in (lambda: setattr(p, "x", 9), lambda: delattr(p, "y"), lambda: setattr(p, "z", 0)):
    try:
        attempt()
    except FrozenError as e:
        print("FrozenError:", e, isinstance(e, AttributeError))
for bad in (lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, x=2), lambda: Point(1, 2, z=3),
            lambda: record("Bad", "ok _private"), lambda: record("Bad", "a 1b"), lambda: p < ann):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    object.__setattr__(p, "z", 1)
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, "__dict__"), Point.__slots__, Point.__mro__[1].__name__)


def where(shape):
    match shape:
        case Point(0, 0):
            return "origin"
        case Point(x, 0):
            return f"x-axis {x}"
        case Person(name, age) if age >= 18:
            return f"adult {name}"
        case Person(name=n):
            return f"minor {n}"
        case Point(x=x, y=y):
            return f"point {x},{y}"


print([where(s) for s in (Point(0, 0), Point(4, 0), Point(2, 3), ann, Person("kid", 5))])
