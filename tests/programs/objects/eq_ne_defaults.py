# Default __ne__ inverts __eq__; object.__eq__ returns NotImplemented; reflection for subclasses.
class P:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        print(f"  P.__eq__({self.v}, {getattr(o, 'v', o)})")
        if isinstance(o, P):
            return self.v == o.v
        return NotImplemented

    __hash__ = object.__hash__


class Q(P):
    def __eq__(self, o):
        print(f"  Q.__eq__({self.v}, {getattr(o, 'v', o)})")
        return "Q-result"


print(P(1) != P(1), P(1) != P(2))
print(P(1) == 1)
print(P(1) != 1)
print(P(1) == Q(1))
print(Q(1) == P(1))
print(P(1) != Q(1))
o = object()
print(o.__eq__(o), o.__eq__(1), o.__ne__(1), o == o)
print(P(3).__ne__(P(3)), P(3).__ne__("x"))


class OnlyNe:
    def __ne__(self, o):
        return "custom ne"


x = OnlyNe()
print(x != 1, x == x, x == OnlyNe())
print(1 == 1.0, "a" == "a", None == None, (P(1) == P(1)) is True)


class NeInvertsNonBool:
    def __eq__(self, o):
        return [1]


print(NeInvertsNonBool() != 1, NeInvertsNonBool() == 1)
