# classmethod and staticmethod: binding, alternative constructors, inheritance.
class Date:
    created = 0

    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        type(self).created += 1

    @classmethod
    def from_string(cls, s):
        y, m, d = [int(p) for p in s.split("-")]
        return cls(y, m, d)

    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

    @classmethod
    def kind(cls):
        return cls.__name__

    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"


class MyDate(Date):
    pass


print(Date.from_string("2024-02-29"), MyDate.from_string("2000-1-1"))
print(Date.is_leap(2000), Date.is_leap(1900), MyDate().is_leap(2024) if False else MyDate.is_leap(2024))
d = Date(1, 2, 3)
print(d.kind(), MyDate.kind(), d.is_leap(4))
print(Date.created, MyDate.created)
cm = Date.__dict__["from_string"]
sm = Date.__dict__["is_leap"]
print(type(cm).__name__, type(sm).__name__)
print(cm.__func__.__name__, sm.__func__(1600))
bound = MyDate.from_string
print(bound.__self__ is MyDate, bound.__func__ is cm.__func__)
print(Date.is_leap is sm.__func__)
print(callable(sm), callable(cm))


class Helper:
    @staticmethod
    def add(a, b=10):
        return a + b

    ops = [add]


print(Helper.add(1), Helper().add(1, 2), Helper.ops[0](5, 5))
try:
    Date.from_string()
except TypeError as e:
    print("TypeError:", e)
try:
    Date.is_leap()
except TypeError as e:
    print("TypeError:", e)
