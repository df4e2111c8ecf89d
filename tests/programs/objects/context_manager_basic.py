# __enter__/__exit__: call order, as-binding, exception info, suppression.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print(f"enter {self.name}")
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        print(f"exit {self.name}", exc_type.__name__ if exc_type else None, exc, tb is not None)
        return self.suppress


with CM("a") as v:
    print("body", v)
with CM("b", suppress=True):
    raise ValueError("swallowed")
print("after b")
try:
    with CM("c"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", repr(e))
with CM("outer") as o, CM("inner", suppress=True) as i:
    print("both", o, i)
    raise RuntimeError("x")
print("after nested")


def func():
    with CM("ret"):
        return "returned value"


print(func())
for n in range(3):
    with CM(f"loop{n}"):
        if n == 1:
            continue
        if n == 2:
            break
        print("loop body", n)


class Truthy:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return 1


with Truthy():
    1 / 0
print("suppressed by truthy int")
try:
    with object():
        pass
except TypeError as e:
    print("TypeError:", e)
