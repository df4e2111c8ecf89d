# Cooperative multiple inheritance: every __init__ calls super() with **kwargs.
trace = []


class Root:
    def __init__(self, **kwargs):
        trace.append("Root")
        if kwargs:
            print("leftover", sorted(kwargs))
        super().__init__()


class Named(Root):
    def __init__(self, name, **kwargs):
        trace.append("Named")
        self.name = name
        super().__init__(**kwargs)


class Colored(Root):
    def __init__(self, color="none", **kwargs):
        trace.append("Colored")
        self.color = color
        super().__init__(**kwargs)


class Sized(Root):
    def __init__(self, size=0, **kwargs):
        trace.append("Sized")
        self.size = size
        super().__init__(**kwargs)


class Widget(Named, Colored, Sized):
    def __init__(self, **kwargs):
        trace.append("Widget")
        super().__init__(**kwargs)

    def describe(self):
        return f"{self.name}/{self.color}/{self.size}"


print([k.__name__ for k in Widget.__mro__])
w = Widget(name="btn", color="red", size=3)
print(trace, w.describe())
trace.clear()
w2 = Widget(name="x", extra=1)
print(trace, w2.describe())
trace.clear()


class Mixin:
    def describe(self):
        return "[" + super().describe() + "]"


class Fancy(Mixin, Widget):
    pass


print(Fancy(name="f", size=9).describe())
print(trace)
try:
    Widget(color="blue")
except TypeError as e:
    print("TypeError:", e)
