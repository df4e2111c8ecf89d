# int's special methods called directly, including NotImplemented for foreign operands.
print(int.__add__(1, 2), int.__sub__(10, 3), int.__mul__(6, 7), int.__truediv__(7, 2))
print(int.__floordiv__(-7, 2), int.__mod__(-7, 2), int.__pow__(2, 10), int.__pow__(2, 10, 1000))
print(int.__lshift__(1, 70), int.__rshift__(-1024, 3), int.__and__(12, 10), int.__or__(12, 10), int.__xor__(12, 10))
print(int.__radd__(1, 2), int.__rsub__(1, 10), int.__rpow__(2, 3), int.__rtruediv__(4, 2))
print(int.__add__(1, 2.0), int.__eq__(1, 1.0), int.__lt__(1, "a"), int.__radd__(1, "x"))
print(int.__divmod__(17, 5), int.__rdivmod__(5, 17))
x = 42
print(x.__neg__(), x.__pos__(), x.__abs__(), x.__invert__(), x.__bool__(), (0).__bool__())
print(x.__index__(), x.__int__(), x.__float__(), x.__trunc__(), x.__floor__(), x.__ceil__())
print(x.__round__(), x.__round__(-1), (45).__round__(-1), (55).__round__(-1), (-45).__round__(-1))
print(x.__eq__(42), x.__ne__(42), x.__lt__(43), x.__ge__(43), x.__repr__(), x.__str__())
print((-2**63).__neg__(), (-2**64).__abs__())
try:
    int.__add__(1.0, 2)
except TypeError as e:
    print(type(e).__name__, e)
