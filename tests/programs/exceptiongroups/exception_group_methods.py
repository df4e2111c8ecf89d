# split/subgroup/derive in detail: predicates, tuples, nesting, metadata copied to the parts,
# custom derive in subclasses, and the errors.


def tree(eg, indent=0):
    pad = "  " * indent
    if isinstance(eg, BaseExceptionGroup):
        print(f"{pad}{type(eg).__name__}({eg.message!r})")
        for e in eg.exceptions:
            tree(e, indent + 1)
    else:
        print(f"{pad}{e_repr(eg)}")


def e_repr(e):
    return f"{type(e).__name__}{e.args!r}"


eg = ExceptionGroup("root", [
    ValueError("v1"),
    ExceptionGroup("mid", [TypeError("t1"), ValueError("v2"), ExceptionGroup("deep", [KeyError("k1")])]),
    OSError("o1"),
])
eg.add_note("root note")
try:
    raise eg
except ExceptionGroup as caught:
    eg = caught

match, rest = eg.split(ValueError)
tree(match)
tree(rest)
print(match.__notes__, rest.__notes__, match.__notes__ is eg.__notes__, match.__traceback__ is eg.__traceback__)
print(eg.subgroup(lambda e: isinstance(e, KeyError)))
tree(eg.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "deep"))
print(eg.subgroup(lambda e: e is eg) is eg, eg.split(Exception)[0] is eg, eg.split(Exception)[1])
print(eg.subgroup((KeyError, OSError)))
tree(eg.subgroup((KeyError, OSError)))
print(eg.split(ZeroDivisionError))


class Tagged(ExceptionGroup):
    def __new__(cls, message, excs, tag="none"):
        self = super().__new__(cls, message, excs)
        self.tag = tag
        return self

    def __init__(self, message, excs, tag="none"):
        super().__init__(message, excs)

    def derive(self, excs):
        return Tagged(self.message, excs, tag=self.tag + "+")


t = Tagged("tagged", [ValueError(1), TypeError(2)], tag="T")
m, r = t.split(TypeError)
print(type(m).__name__, m.tag, r.tag, m.exceptions, r.exceptions)


class NoDerive(ExceptionGroup):
    pass


m, r = NoDerive("plain", [ValueError(1), TypeError(2)]).split(ValueError)
print(type(m).__name__, type(r).__name__)
print(type(BaseExceptionGroup("mixed", [ValueError(), SystemExit()]).derive([ValueError()])).__name__)
for bad in [42, "ValueError", int, (ValueError, 3)]:
    try:
        eg.split(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    class Both(ExceptionGroup):
        pass
    Both("x", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError:", e)
print(str(ExceptionGroup("one", [ValueError()])), issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(ExceptionGroup, Exception))
