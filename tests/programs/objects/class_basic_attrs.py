# Class statement basics: class attributes vs instance attributes, shadowing.
class Counter:
    """Counts things."""
    total = 0
    label = "counter"

    def __init__(self, start):
        self.value = start
        Counter.total += 1

    def bump(self, n=1):
        self.value += n
        return self.value


a = Counter(10)
b = Counter(20)
print(Counter.total, a.total, b.total)
print(a.bump(), a.bump(5), b.bump())
print(a.value, b.value)
a.label = "mine"
print(a.label, b.label, Counter.label)
del a.label
print(a.label)
Counter.label = "changed"
print(a.label, b.label)
print(sorted(a.__dict__.items()))
print(sorted([k for k in Counter.__dict__ if not k.startswith("__")]))
print(Counter.__name__, Counter.__qualname__, Counter.__module__)
print(Counter.__doc__)
print(type(a) is Counter, type(a).__name__)
print(type(Counter).__name__)
print(Counter.bump(a, 100))
f = a.bump
print(f(), f.__self__ is a, f.__func__ is Counter.bump)
print(f.__name__, f.__qualname__)
try:
    a.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Counter.missing
except AttributeError as e:
    print(type(e).__name__, e)
