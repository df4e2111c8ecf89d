# User descriptors with __get__/__set__/__delete__/__set_name__ storing per instance.
class Typed:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default

    def __set_name__(self, owner, name):
        self.public = name
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.public} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.private, value)

    def __delete__(self, obj):
        print(f"deleting {self.public}")
        delattr(obj, self.private)


class Person:
    name = Typed(str, "anon")
    age = Typed(int, 0)

    def __init__(self, name, age):
        self.name = name
        self.age = age


p = Person("ann", 30)
print(p.name, p.age, sorted(vars(p).items()))
p.age = 31
print(p.age)
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
try:
    Person(5, 5)
except TypeError as e:
    print("TypeError:", e)
del p.age
print(p.age)
try:
    del p.age
except AttributeError as e:
    print("AttributeError:", e)
print(type(Person.name).__name__, Person.name.public, Person.age.private)
q = Person("bob", 2)
print(q.name, p.name)


class Calls:
    def __get__(self, obj, objtype):
        return (obj is None, objtype.__name__)


class H:
    c = Calls()


class H2(H):
    pass


print(H.c, H().c, H2.c, H2().c)
print(H.__dict__["c"].__get__(None, H2))
