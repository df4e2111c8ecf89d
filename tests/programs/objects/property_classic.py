# property() called directly, subclass overriding properties, property.getter copies.
class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h

    def _area(self):
        return self.w * self.h

    def _set_area(self, value):
        factor = (value / self._area()) ** 0.5
        self.w *= factor
        self.h *= factor

    area = property(_area, _set_area, None, "the area")


r = Rect(2, 8)
print(r.area, Rect.area.__doc__)
r.area = 64
print(r.w, r.h, r.area)


class Square(Rect):
    @property
    def area(self):
        return "square area " + str(self.w * self.w)


s = Square(3, 3)
print(s.area)
try:
    s.area = 1
except AttributeError as e:
    print("AttributeError:", e)


class Base:
    @property
    def value(self):
        return 1


class Derived(Base):
    @Base.value.setter
    def value(self, v):
        self._v = v


d = Derived()
print(d.value)
d.value = 10
print(d._v)
print(Base.value is Derived.value, Base.value.fset, Derived.value.fget is Base.value.fget)
p1 = property(lambda self: 1)
p2 = p1.setter(lambda self, v: None)
print(p1 is p2, p1.fset is None, p2.fset is not None)


class Counter:
    def __init__(self):
        self.reads = 0

    @property
    def n(self):
        self.reads += 1
        return self.reads


c = Counter()
print(c.n, c.n, c.n, c.reads)
