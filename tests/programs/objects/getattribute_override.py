# __getattribute__ intercepts every attribute access; object.__getattribute__ escapes it.
class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])
        self.x = 1

    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append(name)
        if name == "secret":
            raise AttributeError("secret is hidden")
        if name == "answer":
            return 42
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return f"<missing {name}>"

    def method(self):
        return self.x * 10


o = Logged()
print(o.x, o.answer, o.method())
print(o.secret, o.other)
print(o.log)
print(getattr(o, "answer"), hasattr(o, "secret"))
print(o.log[-2:])


class Upper:
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)

    def __getattribute__(self, name):
        value = super().__getattribute__(name)
        if isinstance(value, str) and not name.startswith("_"):
            return value.upper()
        return value


u = Upper(a="abc", b=5)
print(u.a, u.b, u.__dict__["a"])
print(type(u).__name__, u.__class__.__name__)


class NoFallback:
    def __getattribute__(self, name):
        raise AttributeError(name + "!")


try:
    NoFallback().anything
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(NoFallback(), "zz", "dflt"))
