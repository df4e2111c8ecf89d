# __bases__, __base__, __mro__, __subclasses__, __name__/__qualname__ assignment.
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass


print([k.__name__ for k in D.__bases__], D.__base__.__name__, A.__base__.__name__)
print(object.__base__, object.__bases__)
print(sorted([k.__name__ for k in A.__subclasses__()]))
print([k.__name__ for k in B.__subclasses__()], D.__subclasses__())
print(type(D.__mro__).__name__, len(D.__mro__))
D.__name__ = "Renamed"
print(D.__name__, D.__qualname__, repr(D).endswith("D'>"))
D.__qualname__ = "Outer.Renamed"
print(D.__qualname__, repr(D).endswith("Outer.Renamed'>"))
try:
    D.__name__ = 5
except TypeError as e:
    print("TypeError:", e)
print(D().__class__.__name__)


class WithModule:
    __module__ = "custom.module"


print(WithModule.__module__, repr(WithModule))


class WithQual:
    __qualname__ = "Fake.Name"


print(WithQual.__qualname__, WithQual.__name__)


class Doc:
    "docstring here"


class NoDoc(Doc):
    pass


print(Doc.__doc__, NoDoc.__doc__, Doc().__doc__)
print(type.__name__, object.__name__, int.__qualname__, type(A.__dict__).__name__)
try:
    int.__name__ = "integer"
except TypeError as e:
    print("TypeError:", e)
try:
    A.__mro__ = ()
except AttributeError as e:
    print("AttributeError:", e)
