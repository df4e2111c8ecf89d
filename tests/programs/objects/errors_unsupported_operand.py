# "unsupported operand type(s)" messages for user classes and mixed types.
class A:
    pass


class B:
    def __add__(self, o):
        return NotImplemented


cases = [
    ("A() + 1", lambda: A() + 1),
    ("1 + A()", lambda: 1 + A()),
    ("A() - A()", lambda: A() - A()),
    ("B() + B()", lambda: B() + B()),
    ("A() * 'x'", lambda: A() * "x"),
    ("A() / 2", lambda: A() / 2),
    ("A() // 2", lambda: A() // 2),
    ("A() % 2", lambda: A() % 2),
    ("A() ** 2", lambda: A() ** 2),
    ("pow(A(), 2, 3)", lambda: pow(A(), 2, 3)),
    ("A() << 1", lambda: A() << 1),
    ("A() & 1", lambda: A() & 1),
    ("A() | None", lambda: A() | None),
    ("A() ^ 1.5", lambda: A() ^ 1.5),
    ("A() @ A()", lambda: A() @ A()),
    ("[] + A()", lambda: [] + A()),
    ("'s' + A()", lambda: "s" + A()),
    ("(1,) + A()", lambda: (1,) + A()),
    ("A() < A()", lambda: A() < A()),
    ("A() >= 1", lambda: A() >= 1),
    ("None > 1", lambda: None > 1),
    ("-A()", lambda: -A()),
]
for text, fn in cases:
    try:
        fn()
        print(text, "-> no error")
    except TypeError as e:
        print(f"{text:16} TypeError: {e}")
x = A()
try:
    x += 1
except TypeError as e:
    print("x += 1 TypeError:", e)
try:
    x **= 2
except TypeError as e:
    print("x **= 2 TypeError:", e)
