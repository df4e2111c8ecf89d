# Zero-argument super() in methods, classmethods, __init__, and nested functions.
class Base:
    def __init__(self, name):
        self.name = name
        print("Base.__init__", name)

    def greet(self):
        return f"hello from Base ({self.name})"

    @classmethod
    def create(cls, name):
        print("Base.create for", cls.__name__)
        return cls(name)

    @staticmethod
    def util():
        return "Base.util"


class Child(Base):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
        print("Child.__init__", age)

    def greet(self):
        return super().greet() + " via Child"

    @classmethod
    def create(cls, name):
        print("Child.create for", cls.__name__)
        m = super().create
        return m.__self__, m.__func__ is Base.__dict__["create"].__func__

    @staticmethod
    def util():
        return "Child+" + super(Child, Child).util()


c = Child("kid", 7)
print(c.greet())
print(Child.util())


class Grand(Child):
    def __init__(self):
        super().__init__("grand", 99)

    def greet(self):
        def inner():
            return "inner sees " + self.name
        return inner() + " | " + super().greet()


g = Grand()
print(g.greet())
owner, same = Child.create("x")
print(owner.__name__, same)
owner, same = Grand.create("y")
print(owner.__name__, same)


class K(Base):
    @classmethod
    def create(cls, name):
        obj = super().create(name.upper())
        obj.tag = "K"
        return obj

    def __init__(self, name):
        super().__init__(name)


k = K.create("lower")
print(k.name, k.tag, type(k).__name__)
print(super(K, k).greet())
sup = super(Grand, g)
print(type(sup).__name__, sup.greet())
