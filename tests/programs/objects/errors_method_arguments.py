# Argument errors for methods: missing, too many, unexpected keyword, multiple values.
class Calc:
    def add(self, x, y):
        return x + y

    def scale(self, x, *, factor=2):
        return x * factor

    def only_self(self):
        return "ok"

    def posonly(self, a, /, b):
        return a + b

    @classmethod
    def make(cls, value):
        return cls

    @staticmethod
    def helper(a, b=1):
        return a + b

    def __init__(self, start=0):
        self.start = start


c = Calc()
calls = [
    ("c.add(1)", lambda: c.add(1)),
    ("c.add()", lambda: c.add()),
    ("c.add(1, 2, 3)", lambda: c.add(1, 2, 3)),
    ("c.add(1, z=2)", lambda: c.add(1, z=2)),
    ("c.add(1, x=2)", lambda: c.add(1, x=2)),
    ("c.scale(1, 3)", lambda: c.scale(1, 3)),
    ("c.only_self(1)", lambda: c.only_self(1)),
    ("Calc.only_self()", lambda: Calc.only_self()),
    ("Calc.add(1, 2)", lambda: Calc.add(1, 2)),
    ("c.posonly(a=1, b=2)", lambda: c.posonly(a=1, b=2)),
    ("Calc.make()", lambda: Calc.make()),
    ("Calc.make(1, 2)", lambda: Calc.make(1, 2)),
    ("Calc.helper()", lambda: Calc.helper()),
    ("c.helper(1, 2, 3)", lambda: c.helper(1, 2, 3)),
    ("Calc(1, 2)", lambda: Calc(1, 2)),
    ("Calc(start=1, end=2)", lambda: Calc(start=1, end=2)),
    ("object(1)", lambda: object(1)),
]
for text, fn in calls:
    try:
        print(text, "->", fn())
    except TypeError as e:
        print(f"{text:22} TypeError: {e}")


class NoInit:
    pass


try:
    NoInit(1)
except TypeError as e:
    print("NoInit(1) TypeError:", e)


class OnlyNew:
    def __new__(cls, a):
        return super().__new__(cls)


print(type(OnlyNew(1)).__name__)
try:
    OnlyNew()
except TypeError as e:
    print("OnlyNew() TypeError:", e)
