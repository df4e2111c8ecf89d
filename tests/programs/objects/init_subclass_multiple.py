# __init_subclass__ in multiple inheritance chains cooperatively via super().
log = []


class A:
    def __init_subclass__(cls, **kw):
        log.append(("A", cls.__name__, sorted(kw)))
        super().__init_subclass__(**kw)


class B:
    def __init_subclass__(cls, b_opt=None, **kw):
        log.append(("B", cls.__name__, b_opt))
        super().__init_subclass__(**kw)


class C(A, B):
    pass


class D(C, b_opt="bee"):
    pass


class E(B, A, b_opt=1):
    pass


for entry in log:
    print(entry)
log.clear()


class Validated:
    required = ()

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        missing = [r for r in cls.required if not hasattr(cls, r)]
        cls.complete = not missing
        cls.missing = missing


class Needs(Validated):
    required = ("load", "save")

    def load(self):
        pass


class Full(Needs):
    def save(self):
        pass


print(Needs.complete, Needs.missing, Full.complete, Full.missing)
print(hasattr(Validated, "complete"))


class Counter:
    count = 0

    def __init_subclass__(cls):
        Counter.count += 1
        cls.serial = Counter.count


class X(Counter): pass
class Y(Counter): pass
class Z(X): pass


print([(k.__name__, k.serial) for k in (X, Y, Z)], Counter.count)
