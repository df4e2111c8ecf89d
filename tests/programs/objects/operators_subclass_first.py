# If the right operand's type is a subclass providing the reflected method, it goes first.
class Base:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return f"Base.__add__({type(self).__name__},{type(o).__name__})"

    def __radd__(self, o):
        return f"Base.__radd__({type(self).__name__},{type(o).__name__})"

    def __lt__(self, o):
        return f"Base.__lt__"

    def __gt__(self, o):
        return f"Base.__gt__"


class Derived(Base):
    def __radd__(self, o):
        return f"Derived.__radd__({type(self).__name__},{type(o).__name__})"

    def __gt__(self, o):
        return "Derived.__gt__"


class DerivedNoOverride(Base):
    pass


b, d, n = Base(1), Derived(2), DerivedNoOverride(3)
print(b + d)
print(d + b)
print(b + n)
print(n + b)
print(b < d)
print(d < b)
print(b < n)
print(1 + d, 1 + b)


class MyInt(int):
    def __radd__(self, o):
        return f"MyInt.__radd__({o})"

    def __rsub__(self, o):
        return "MyInt.__rsub__"


print(5 + MyInt(3), 5 - MyInt(3), MyInt(3) + 5, type(MyInt(3) + 5).__name__)


class Other:
    def __radd__(self, o):
        return "Other.__radd__"


class OtherSub(Other):
    def __add__(self, o):
        return NotImplemented


try:
    print(OtherSub() + OtherSub())
except TypeError as e:
    print("TypeError:", e)
print(Other() + OtherSub() if False else OtherSub.__mro__[1].__name__)
print(1 + Other())
