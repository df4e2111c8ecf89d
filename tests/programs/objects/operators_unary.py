# __neg__, __pos__, __abs__, __invert__.
class V:
    def __init__(self, *c):
        self.c = c

    def __neg__(self):
        return V(*[-x for x in self.c])

    def __pos__(self):
        print("  pos called")
        return self

    def __abs__(self):
        return sum([x * x for x in self.c]) ** 0.5

    def __invert__(self):
        return V(*reversed(self.c))

    def __repr__(self):
        return "V" + repr(self.c)


v = V(3, -4)
print(-v, +v, abs(v), ~v)
print(-(-v), ~~v, abs(-v))


class Empty:
    pass


for name, fn in [("neg", lambda o: -o), ("pos", lambda o: +o), ("abs", abs), ("inv", lambda o: ~o)]:
    try:
        fn(Empty())
    except TypeError as e:
        print(name, "TypeError:", e)


class Sign(int):
    def __neg__(self):
        return "custom neg"


print(-Sign(5), +Sign(5), abs(Sign(-5)), ~Sign(5))
print(type(+Sign(5)).__name__, type(abs(Sign(-5))).__name__)


class Returns:
    def __neg__(self):
        return NotImplemented


print(-Returns())
