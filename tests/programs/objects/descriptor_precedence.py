# Data descriptors beat instance __dict__; instance __dict__ beats non-data descriptors.
class Data:
    def __get__(self, obj, objtype=None):
        return "data-descriptor"

    def __set__(self, obj, value):
        print("Data.__set__", value)
        obj.__dict__["d"] = value


class NonData:
    def __get__(self, obj, objtype=None):
        return "non-data-descriptor"


class A:
    d = Data()
    n = NonData()
    plain = "class-attr"


a = A()
print(a.d, a.n, a.plain)
a.__dict__["d"] = "instance d"
a.__dict__["n"] = "instance n"
a.__dict__["plain"] = "instance plain"
print(a.d, a.n, a.plain)
a.d = "assigned"
print(a.d, a.__dict__["d"])
a.n = "assigned n"
print(a.n)
del a.n
print(a.n)
print(A.d, A.n)
print(sorted(a.__dict__.items()))


class GetOnlyButSet:
    def __get__(self, obj, objtype=None):
        return "getter"

    def __set__(self, obj, value):
        raise AttributeError("read only!")


class B:
    r = GetOnlyButSet()


b = B()
try:
    b.r = 1
except AttributeError as e:
    print("AttributeError:", e)
b.__dict__["r"] = "shadow?"
print(b.r)


class OnlyDelete:
    def __get__(self, obj, objtype=None):
        return "od-get"

    def __delete__(self, obj):
        print("OnlyDelete.__delete__")


class C:
    od = OnlyDelete()


c = C()
del c.od
try:
    c.od = 3
except AttributeError as e:
    print("AttributeError:", e)
c.__dict__["od"] = "inst"
print(c.od)
