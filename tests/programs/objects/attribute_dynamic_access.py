# getattr/setattr/delattr/hasattr with dynamic names; attribute names from strings.
class Record:
    fields = ("name", "age", "city")

    def __init__(self, **kw):
        for f in self.fields:
            setattr(self, f, kw.get(f))

    def as_dict(self):
        return {f: getattr(self, f) for f in self.fields}

    def update(self, **kw):
        for k, v in kw.items():
            if not hasattr(self, k):
                raise AttributeError(f"unknown field {k!r}")
            setattr(self, k, v)
        return self


r = Record(name="ann", age=30)
print(r.as_dict())
print(r.update(city="Oslo", age=31).as_dict())
try:
    r.update(zip="123")
except AttributeError as e:
    print("AttributeError:", e)
delattr(r, "city")
print(hasattr(r, "city"), sorted(vars(r)))
setattr(r, "with space", 1)
print(getattr(r, "with space"), sorted(vars(r)))
setattr(r, "123", "digits")
print(vars(r)["123"])
for name in ("upper", "lower", "title"):
    print(getattr("hello World", name)())
ops = {"add": "__add__", "mul": "__mul__"}
print({k: getattr(6, v)(7) for k, v in ops.items()})
print(getattr(Record, "fields"), getattr(r, "as_dict").__name__)
try:
    delattr(r, "nope")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(r, "nope")
except AttributeError as e:
    print("AttributeError:", e)
setattr(Record, "kind", "class-level")
print(r.kind, Record(name="x").kind)
delattr(Record, "kind")
print(hasattr(r, "kind"))
