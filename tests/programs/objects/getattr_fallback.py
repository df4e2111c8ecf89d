# __getattr__ is called only when normal lookup fails.
class Lazy:
    cls_attr = "from class"

    def __init__(self):
        self.real = "real value"
        self.misses = []

    def __getattr__(self, name):
        self.misses.append(name)
        if name.startswith("computed_"):
            value = name[len("computed_"):].upper()
            setattr(self, name, value)
            return value
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")


o = Lazy()
print(o.real, o.cls_attr)
print(o.computed_abc, o.computed_abc, o.computed_x)
print(o.misses)
try:
    o.nothing
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(o, "nothing", "default"), hasattr(o, "nothing"), hasattr(o, "computed_q"))
print(o.misses)


class Proxy:
    def __init__(self, target):
        self._target = target

    def __getattr__(self, name):
        attr = getattr(self._target, name)
        if callable(attr):
            def wrapper(*args):
                result = attr(*args)
                print(f"  called {name}{args} -> {result!r}")
                return result
            return wrapper
        return attr


p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p.index(2), p._target)
s = Proxy("hello")
print(s.upper(), s.find("l"))
try:
    p.nosuch
except AttributeError as e:
    print("AttributeError:", e)


class PropFails:
    @property
    def broken(self):
        raise AttributeError("inner failure")

    def __getattr__(self, name):
        return f"fallback for {name}"


print(PropFails().broken)
