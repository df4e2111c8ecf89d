# Implicit special-method lookup uses the type, not the instance dict or __getattr__.
class C:
    def __len__(self):
        return 1

    def __getattr__(self, name):
        return lambda *a: f"getattr {name}"


c = C()
c.__len__ = lambda: 99
print(len(c), c.__len__())
print(c.__repr__ is not None, c.__iter__())
try:
    iter(c)
except TypeError as e:
    print("TypeError:", e)
C.__len__ = lambda self: 7
print(len(c))
C.__iter__ = lambda self: iter("ab")
print(list(c))
del C.__len__
try:
    len(c)
except TypeError as e:
    print("TypeError:", e)


class Meta(type):
    def __len__(cls):
        return 3

    def __repr__(cls):
        return f"<Meta class {cls.__name__}>"


class D(metaclass=Meta):
    def __len__(self):
        return 5

    def __repr__(self):
        return "D instance"


print(len(D), len(D()), repr(D), repr(D()), D, [D])


class E:
    pass


e = E()
e.__add__ = lambda o: "instance add"
try:
    e + 1
except TypeError as err:
    print("TypeError:", err)
E.__add__ = lambda self, o: f"class add {o}"
print(e + 1)
E.__eq__ = lambda self, o: "patched eq"
print(e == 1)
E.__bool__ = lambda self: False
print(bool(e), "t" if e else "f")
