# __bool__ and __len__ drive truth testing; errors for wrong return types.
class Empty:
    pass


class B:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        print("  __bool__", self.v)
        return self.v


class L:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        print("  __len__", self.n)
        return self.n


class Both:
    def __bool__(self):
        return False

    def __len__(self):
        return 10


print(bool(Empty()), bool(B(True)), bool(B(False)), bool(L(0)), bool(L(3)))
print(bool(Both()), len(Both()))
if L(2):
    print("L(2) truthy")
print(not B(False))
print(B(False) or "fallback", B(True) and "second")
print([x.n for x in [L(0), L(1), L(0)] if x])
while L(0):
    print("never")
print("ok" if B(True) else "no")


class BadBool:
    def __bool__(self):
        return 1


class BadLen:
    def __len__(self):
        return -1


class FloatLen:
    def __len__(self):
        return 2.5


for obj in (BadBool(), BadLen(), FloatLen()):
    try:
        bool(obj)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    len(Empty())
except TypeError as e:
    print("TypeError:", e)


class BoolNone:
    __bool__ = None


try:
    bool(BoolNone())
except TypeError as e:
    print("TypeError:", e)
print(all([L(1), B(True)]), any([L(0), B(False)]))
