# __new__ overrides cooperating through super() in a multiple-inheritance hierarchy.
trace = []


class Base:
    def __new__(cls, *args, **kwargs):
        trace.append(f"Base.__new__({cls.__name__})")
        obj = super().__new__(cls)
        obj.tags = []
        return obj

    def __init__(self, value):
        trace.append("Base.__init__")
        self.value = value


class Tagged(Base):
    def __new__(cls, *args, **kwargs):
        trace.append("Tagged.__new__")
        obj = super().__new__(cls, *args, **kwargs)
        obj.tags.append("tagged")
        return obj


class Counted(Base):
    created = 0

    def __new__(cls, *args, **kwargs):
        trace.append("Counted.__new__")
        Counted.created += 1
        obj = super().__new__(cls, *args, **kwargs)
        obj.tags.append(f"#{Counted.created}")
        return obj


class Both(Tagged, Counted):
    def __init__(self, value):
        trace.append("Both.__init__")
        super().__init__(value * 10)


b = Both(4)
print(trace)
print(b.value, b.tags, Counted.created, [k.__name__ for k in Both.__mro__])
trace.clear()
c = Counted(1)
print(trace, c.tags, c.value)
trace.clear()


class Upper(str):
    def __new__(cls, text):
        trace.append("Upper.__new__")
        return super().__new__(cls, text.upper())


class Stripped(Upper):
    def __new__(cls, text):
        trace.append("Stripped.__new__")
        return super().__new__(cls, text.strip())


s = Stripped("  hello ")
print(repr(s), type(s).__name__, trace, len(s))
