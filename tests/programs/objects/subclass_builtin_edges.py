# Edge rules of builtin subclasses: what operations return, explicit unbound calls, re-init,
# slots, __class__ assignment, and the errors CPython gives.
class L(list):
    pass


class D(dict):
    pass


class S(str):
    pass


class T(tuple):
    pass


class I(int):
    __slots__ = ()


class F(float):
    pass


class FS(frozenset):
    pass


class ST(set):
    pass


l = L([3, 1, 2])
print(type(l[:2]).__name__, type(l + [1]).__name__, type(l * 2).__name__, type(l.copy()).__name__)
l += [9]
print(type(l).__name__, l, l == [3, 1, 2, 9], [3, 1, 2, 9] == l, L([1]) == L([1]), L([1]) < L([2]))
l *= 2
print(type(l).__name__, len(l), bool(L()), bool(l), sorted(l), list(reversed(l))[:2])
list.__init__(l, "ab")
print(l, list.__eq__(l, ["a", "b"]), list.__eq__(l, ("a", "b")), list.__len__(l))
d = D(a=1)
dict.__init__(d, b=2)
print(d, type(d.copy()).__name__, type(d | {"c": 3}).__name__, type({"c": 3} | d).__name__, d == {"a": 1, "b": 2})
s = S("abc")
print(type(s + "d").__name__, type(s[1:]).__name__, type(s * 2).__name__, type(s.upper()).__name__, type(str(s)).__name__)
print(s == "abc", "abc" == s, s < "abd", hash(s) == hash("abc"), "b" in s, S("b") in "abc", "-".join([S("x"), S("y")]))
t = T([1, 2])
print(type(t + (3,)).__name__, type(t[:1]).__name__, t == (1, 2), (1, 2) == t, t < (1, 3), t.count(1), hash(t) == hash((1, 2)))
i = I(7)
print(i, type(i + 1).__name__, type(-i).__name__, i == 7, hash(i) == 7, int.__format__(i, "03d"), format(i, "x"), f"{i}")
try:
    i.x = 1
except AttributeError as e:
    print("AttributeError:", e)
f = F(2.5)
print(f, repr(f), type(f * 2).__name__, round(f), float(f) == 2.5, f.is_integer(), F("1e3"), f.hex())
fs = FS([1, 2])
print(type(fs | {3}).__name__, type({3} | fs).__name__, fs == {1, 2}, frozenset([1, 2]) == fs, hash(fs) == hash(frozenset([1, 2])))
st = ST([1])
st |= {2}
print(type(st).__name__, sorted(st), st == {1, 2}, type(st - {1}).__name__, {1: "x"}.get(I(1)))
try:
    class Bad(int):
        __slots__ = ("a",)
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad2(tuple):
        __slots__ = ("a",)
except TypeError as e:
    print("TypeError:", e)
try:
    object.__new__(L)
except TypeError as e:
    print("TypeError:", e)
try:
    int.__new__(L)
except TypeError as e:
    print("TypeError:", e)
try:
    list.__new__(5)
except TypeError as e:
    print("TypeError:", e)


class L2(list):
    pass


x = L([1])
x.__class__ = L2
print(type(x).__name__, x, isinstance(x, list))
try:
    x.__class__ = D
except TypeError as e:
    print("TypeError:", e)
print(int.__add__(I(1), I(2)), type(int.__add__(I(1), 2)).__name__, int.__lt__(I(1), I(2)), str.__add__(S("a"), S("b")))
print(isinstance(True, int), type(I(True)).__name__, I(True), I("101", 2), I(3.9), F(I(4)))
