# Abstract-like base classes raising NotImplementedError; NotImplemented vs NotImplementedError.
class Shape:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area()")

    def perimeter(self):
        raise NotImplementedError

    def describe(self):
        try:
            return f"{type(self).__name__}: area={self.area():.2f}"
        except NotImplementedError as e:
            return f"{type(self).__name__}: incomplete ({e})"


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2


class Blob(Shape):
    pass


for s in (Square(3), Blob(), Shape()):
    print(s.describe())
try:
    Square(1).perimeter()
except NotImplementedError as e:
    print("NotImplementedError", repr(e), e.args, str(e) == "")
print(issubclass(NotImplementedError, RuntimeError), type(NotImplemented).__name__)
print(bool(NotImplementedError), NotImplemented is NotImplemented)


class Abstract:
    def __new__(cls, *a, **k):
        if cls is Abstract:
            raise TypeError("Can't instantiate abstract class Abstract")
        return super().__new__(cls)

    def __init__(self, v):
        self.v = v


try:
    Abstract(1)
except TypeError as e:
    print("TypeError:", e)
print(type(Abstract.__new__).__name__)


class Concrete(Abstract):
    pass


print(Concrete(5).v)
missing = [name for name in ("area", "perimeter")
           if getattr(Blob, name) is getattr(Shape, name)]
print("Blob inherits unimplemented:", missing)


class Template:
    def run(self):
        return [self.step1(), self.step2()]

    def step1(self):
        return "default step1"

    def step2(self):
        raise NotImplementedError("step2")


class Impl(Template):
    def step2(self):
        return "impl step2"


print(Impl().run())
Template().run()
