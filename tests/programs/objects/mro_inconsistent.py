# Inconsistent hierarchies raise TypeError with a specific message.
class A: pass
class B(A): pass
class C: pass


try:
    class Bad(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)


class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass


try:
    class R(P, Q):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    class Dup(C, C):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    type("T", (B, A, B), {})
except TypeError as e:
    print("TypeError:", e)


class Good(B, C):
    pass


print([k.__name__ for k in Good.__mro__])
try:
    class FromInt(int, str):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class FromBool(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class FromFunc(len):
        pass
except TypeError as e:
    print("TypeError:", e)
print("done")
