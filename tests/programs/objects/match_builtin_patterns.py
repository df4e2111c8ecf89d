# Class patterns with builtin types (self-matching positional) and subclasses.
class MyInt(int):
    pass


class MyStr(str):
    pass


class Pair(tuple):
    __match_args__ = ()


def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case MyInt(n):
            return f"MyInt {n}"
        case int(n) if n < 0:
            return f"negative {n}"
        case int(n):
            return f"int {n}"
        case MyStr() as s:
            return f"MyStr {s.upper()}"
        case str() as s if len(s) > 3:
            return f"long str {s}"
        case str(s):
            return f"str {s}"
        case list([first, *rest]):
            return f"list first={first} rest={rest}"
        case dict({"k": val}):
            return f"dict k={val}"
        case tuple((a, b)):
            return f"pair {a},{b}"
        case _:
            return f"other {type(v).__name__}"


for v in [True, MyInt(3), -4, 10, MyStr("abc"), "hello", "hey", [1, 2, 3],
          {"k": 9, "z": 1}, (1, 2), Pair((5, 6)), 1.5, set()]:
    print(kind(v))


class Attr:
    def __init__(self, **kw):
        self.__dict__.update(kw)


def attrs(o):
    match o:
        case Attr(kind="user", name=str(n)):
            return "user " + n
        case Attr(kind="admin", level=int(l)) if l > 5:
            return f"superadmin {l}"
        case Attr(kind="admin"):
            return "admin"
        case Attr(missing=_):
            return "has missing"
        case Attr():
            return "some attr"


print(attrs(Attr(kind="user", name="bo")), attrs(Attr(kind="user", name=3)))
print(attrs(Attr(kind="admin", level=9)), attrs(Attr(kind="admin", level=1)))
print(attrs(Attr(missing=None)), attrs(Attr()))
try:
    match 5:
        case int(a, b):
            pass
except TypeError as e:
    print("TypeError:", e)
