# __hash__ is set to None when __eq__ is defined without __hash__; unhashable errors.
class Plain:
    pass


class EqOnly:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return isinstance(o, EqOnly) and self.v == o.v

    def __repr__(self):
        return f"EqOnly({self.v})"


class EqAndHash(EqOnly):
    def __hash__(self):
        return hash(self.v)


class InheritsEq(EqOnly):
    pass


print(Plain.__hash__ is object.__hash__, EqOnly.__hash__, InheritsEq.__hash__)
print(hash(Plain()) == hash(Plain()) or True)
for obj in (EqOnly(1), InheritsEq(1)):
    try:
        hash(obj)
    except TypeError as e:
        print("TypeError:", e)
try:
    {EqOnly(1)}
except TypeError as e:
    print("TypeError:", e)
try:
    {EqOnly(1): "x"}
except TypeError as e:
    print("TypeError:", e)
print(hash(EqAndHash(5)) == hash(5), EqAndHash(5) == EqAndHash(5))
s = {EqAndHash(1), EqAndHash(1), EqAndHash(2)}
print(len(s))


class ExplicitNone:
    __hash__ = None


try:
    hash(ExplicitNone())
except TypeError as e:
    print("TypeError:", e)


class KeepParentHash(EqOnly):
    __hash__ = EqAndHash.__hash__


print(hash(KeepParentHash(7)) == hash(7))


class BadHash:
    def __hash__(self):
        return "not an int"


try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)


class BigHash:
    def __hash__(self):
        return 2 ** 100


print(hash(BigHash()) == hash(2 ** 100))
print(isinstance(EqOnly(1), object), EqOnly(1) in [EqOnly(1)])
try:
    [1, 2].index(EqOnly(2))
except ValueError as e:
    print("ValueError:", e)
