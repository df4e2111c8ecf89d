# __setattr__ and __delattr__ overrides; validation and logging.
class Validated:
    allowed = ("x", "y")

    def __setattr__(self, name, value):
        print(f"set {name}={value!r}")
        if name not in self.allowed:
            raise AttributeError(f"cannot set {name!r}")
        if not isinstance(value, int):
            raise TypeError(f"{name} must be int")
        super().__setattr__(name, value * 2)

    def __delattr__(self, name):
        print(f"del {name}")
        if name == "x":
            raise AttributeError("x is permanent")
        object.__delattr__(self, name)


v = Validated()
v.x = 1
v.y = 5
print(v.x, v.y)
for name, value in [("z", 1), ("x", "s")]:
    try:
        setattr(v, name, value)
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
try:
    del v.x
except AttributeError as e:
    print("AttributeError:", e)
del v.y
print(hasattr(v, "y"), sorted(v.__dict__))
try:
    del v.y
except AttributeError as e:
    print("AttributeError:", e)
v.__dict__["z"] = 9
print(v.z)


class Tracking:
    def __init__(self):
        object.__setattr__(self, "changes", [])
        self.a = 1
        self.a += 1
        self.b = [1]
        self.b += [2]

    def __setattr__(self, name, value):
        self.changes.append((name, value if not isinstance(value, list) else list(value)))
        object.__setattr__(self, name, value)


t = Tracking()
print(t.changes, t.a, t.b)
try:
    object.__setattr__(1, "x", 1)
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
