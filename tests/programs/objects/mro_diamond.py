# C3 linearization for diamond and more complex hierarchies.
class O:
    def who(self):
        return "O"


class A(O):
    def who(self):
        return "A>" + super().who()


class B(O):
    def who(self):
        return "B>" + super().who()


class C(A, B):
    def who(self):
        return "C>" + super().who()


def names(cls):
    return [k.__name__ for k in cls.__mro__]


print(names(C))
print(C().who())
print(C.mro() == list(C.__mro__))


class D(B, A):
    pass


print(names(D), D().who())

# the classic example from the C3 paper
class F(O): pass
class E(O): pass
class DD(O): pass
class CC(DD, F): pass
class BB(DD, E): pass
class AA(BB, CC): pass


print(names(AA))
print(names(CC), names(BB))


class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class Top(K1, K2, K3): pass


print(names(Top))
print(Top.__bases__ == (K1, K2, K3), [b.__name__ for b in K1.__bases__])
print(object.__mro__ == (object,), names(bool))
