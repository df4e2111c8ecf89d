# A metaclass that validates class bodies at creation time (required methods, naming rules).
class InterfaceError(TypeError):
    pass


class Strict(type):
    required = ("run",)

    def __new__(mcls, name, bases, ns):
        if bases:
            missing = [m for m in mcls.required
                       if m not in ns and not any([hasattr(b, m) for b in bases])]
            if missing:
                raise InterfaceError(f"{name} is missing {', '.join(missing)}")
            bad = [k for k in ns if k[:1].isupper() and not k.isupper()]
            if bad:
                raise InterfaceError(f"{name} has badly named attributes: {bad}")
        ns.setdefault("version", 1)
        return super().__new__(mcls, name, bases, ns)


class Task(metaclass=Strict):
    pass


class Good(Task):
    def run(self):
        return "good ran"


class Inherits(Good):
    version = 2


print(Good().run(), Good.version, Inherits().run(), Inherits.version)
for body in ({}, {"run": lambda self: 1, "BadName": 1}, {"run": None, "OK_CONST": 1}):
    try:
        cls = Strict("Dyn", (Task,), dict(body))
        print("created", cls.__name__, sorted([k for k in vars(cls) if not k.startswith("__")]))
    except InterfaceError as e:
        print(type(e).__name__, e, isinstance(e, TypeError))
try:
    class Broken(Task):
        def walk(self):
            pass
except TypeError as e:
    print("TypeError:", e)
print("Broken" in globals())
