# ExceptionGroup / BaseExceptionGroup: construction rules, split/subgroup/derive, except* and the printed tree.
eg = ExceptionGroup("many", [ValueError(1), TypeError("t"), ValueError(2)])
print(type(eg).__name__, eg.message, eg.exceptions, str(eg), repr(eg))
print(type(BaseExceptionGroup("b", [ValueError()])).__name__, type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__)
print(isinstance(eg, Exception), ExceptionGroup.__mro__)
m, r = eg.split(ValueError)
print(m, m.exceptions, r, r.exceptions)
print(eg.subgroup(TypeError).exceptions, eg.subgroup(KeyError), eg.split(lambda e: isinstance(e, ValueError) and e.args[0] == 2))
nested = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
print(nested.split(ValueError))
for bad in [("x",), (1, [ValueError()]), ("x", []), ("x", [1]), ("x", ValueError())]:
    try:
        ExceptionGroup(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print(e)
try:
    eg.split(5)
except TypeError as e:
    print(e)

def f():
    raise ExceptionGroup("from f", [ValueError("a"), TypeError("b"), KeyError("c")])

try:
    f()
except* ValueError as e:
    print("caught V", repr(e), e.exceptions)
except* TypeError as e:
    print("caught T", repr(e))
except* KeyError as e:
    print("caught K", repr(e))

try:
    try:
        raise ValueError("naked")
    except* ValueError as e:
        print("naked caught", repr(e), repr(e.exceptions[0]))
except Exception as e:
    print("unexpected", e)

try:
    try:
        f()
    except* ValueError:
        print("handling V only")
except ExceptionGroup as rest:
    print("rest", repr(rest), rest.exceptions)

try:
    try:
        f()
    except* ValueError:
        raise
    except* TypeError:
        raise RuntimeError("new from T")
except ExceptionGroup as out:
    print("out", repr(out))
    for sub in out.exceptions:
        print("  ", repr(sub), repr(sub.__context__) if isinstance(sub, RuntimeError) else "")

try:
    try:
        raise TypeError("x")
    except* ExceptionGroup:
        pass
except TypeError as e:
    print("TypeError:", e)
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message.upper(), excs)
print(repr(MyEG("m", [ValueError(1), TypeError(2)]).split(TypeError)))
print(ExceptionGroup[int])
raise ExceptionGroup("top", [ValueError(1), ExceptionGroup("sub", [TypeError(2)])])
