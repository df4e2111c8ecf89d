# __dict__ and vars() on instances, classes and modules.
class A:
    cls_attr = 1

    def __init__(self):
        self.x = 1
        self.y = 2


a = A()
print(vars(a), a.__dict__ is vars(a))
a.__dict__["z"] = 3
print(a.z, sorted(vars(a)))
vars(a)["x"] = 100
print(a.x)
d = a.__dict__
a.w = 4
print(d.get("w"))
a.__dict__ = {"fresh": True}
print(vars(a), hasattr(a, "x"))
try:
    a.__dict__ = [1, 2]
except TypeError as e:
    print("TypeError:", e)
cd = vars(A)
print(type(cd).__name__, cd["cls_attr"], "__init__" in cd)
try:
    cd["new"] = 1
except TypeError as e:
    print("TypeError:", e)
A.new = 2
print(vars(A)["new"], "new" in cd)
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)


class B(A):
    pass


print("cls_attr" in vars(B), "cls_attr" in vars(A))
print(sorted([k for k in B.__dict__]))
b = B()
print(sorted(b.__dict__.items()))
del b.x
print(sorted(b.__dict__.items()))
import math
print(vars(math)["pi"] == math.pi)
print(sorted([k for k in vars() if k in ("A", "B", "a", "b")]))
