# isinstance answering False: plain classes, builtins, classes whose instances claim another class
# through __class__ (a property, a class attribute, __getattribute__), and classes changed after
# the answer was first worked out. Runs hot so that the inline answer in compiled code is checked.


class Base:
    pass


class Other:
    pass


class Child(Base):
    pass


class Claims:
    @property
    def __class__(self):
        return Base


class ClaimsByAttribute:
    __class__ = Other


class Intercepts:
    def __getattribute__(self, name):
        if name == "__class__":
            return Child
        return object.__getattribute__(self, name)


class Later:
    pass


class LaterChild(Later):
    pass


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    pass


def checks(values, cls):
    return [isinstance(v, cls) for v in values]


def main():
    values = [Base(), Child(), Other(), 1, "s", [1], Claims(), ClaimsByAttribute(), Intercepts(),
              LaterChild(), WithMeta(), Base, WithMeta, None]
    for _ in range(500):
        r1 = checks(values, Base)
        r2 = checks(values, Child)
        r3 = checks(values, Other)
        r4 = checks(values, int)
    print(r1)
    print(r2)
    print(r3)
    print(r4)
    # a __getattribute__ added later, on a base: LaterChild instances now claim Other
    Later.__getattribute__ = lambda self, name: Other if name == "__class__" else object.__getattribute__(self, name)
    for _ in range(200):
        r5 = checks(values, Other)
    print(r5)
    del Later.__getattribute__
    for _ in range(200):
        r6 = checks(values, Other)
    print(r6)
    print(checks(values, type), checks(values, Meta), checks(values, object))


main()
