# Error messages for properties lacking setter/deleter/getter.
class A:
    def __init__(self):
        self._x = 1

    @property
    def x(self):
        return self._x


a = A()
print(a.x)
try:
    a.x = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    del a.x
except AttributeError as e:
    print("AttributeError:", e)


class B:
    y = property(None, lambda self, v: print("set y", v))


b = B()
b.y = 3
try:
    b.y
except AttributeError as e:
    print("AttributeError:", e)


class C(A):
    pass


try:
    C().x = 2
except AttributeError as e:
    print("AttributeError:", e)


def getz(self):
    return "z!"


class D:
    z = property(getz)


try:
    D().z = 1
except AttributeError as e:
    print("AttributeError:", e)
print(D().z)


class E:
    @property
    def boom(self):
        raise KeyError("inside getter")


try:
    E().boom
except KeyError as e:
    print("KeyError:", e)
print(getattr(E, "boom").__class__.__name__)
a.__dict__["x"] = 99
print(a.x)
a.x = 7
