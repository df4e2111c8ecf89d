# Most-derived metaclass resolution and metaclass conflict error.
class MetaA(type):
    pass


class MetaB(MetaA):
    pass


class MetaC(type):
    pass


class A(metaclass=MetaA):
    pass


class B(metaclass=MetaB):
    pass


class C(A, B):
    pass


print(type(C).__name__)


class D(B, A):
    pass


print(type(D).__name__)


class E(A, metaclass=type):
    pass


print(type(E).__name__)


class F(metaclass=MetaC):
    pass


try:
    class G(A, F):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    class H(B, metaclass=MetaC):
        pass
except TypeError as e:
    print("TypeError:", e)


class MetaBC(MetaB, MetaC):
    pass


class I(B, F, metaclass=MetaBC):
    pass


print(type(I).__name__, [k.__name__ for k in I.__mro__])


def func_meta(name, bases, ns):
    ns["made_by_func"] = True
    return type(name, bases, ns)


class J(metaclass=func_meta):
    pass


print(J.made_by_func, type(J).__name__)
X = MetaB("X", (A,), {"v": 42})
print(type(X).__name__, X.v, X.__mro__[1].__name__)
