# Two-argument super(type, obj) and super(type, type2) skip parts of the MRO.
class A:
    def who(self):
        return "A"

    @classmethod
    def cwho(cls):
        return "A.cwho:" + cls.__name__


class B(A):
    def who(self):
        return "B"

    @classmethod
    def cwho(cls):
        return "B.cwho:" + cls.__name__


class C(B):
    def who(self):
        return "C"


c = C()
print(c.who(), super(C, c).who(), super(B, c).who())
print(super(C, C).cwho(), super(B, C).cwho())
print(super(C, c).cwho())
try:
    super(A, c).who()
except AttributeError as e:
    print("AttributeError:", e)
try:
    super(C, A())
except TypeError as e:
    print("TypeError:", e)
f = super(C, c).who
print(f())
print(super(B, c).__self__ is c, super(B, c).__thisclass__.__name__)
print(super(C, C).__self_class__.__name__)


def outside(obj):
    return super(type(obj), obj).who()


print(outside(c), outside(B()))


class D(C):
    def who(self):
        return "D(" + ",".join([super(k, self).who() for k in (D, C, B)]) + ")"


print(D().who())


class NoSuper:
    def m(self):
        return super().__repr__ is not None


print(NoSuper().m())


def bad():
    return super()


try:
    bad()
except RuntimeError as e:
    print("RuntimeError:", e)
