# Subclassing KeyError, LookupError, OSError, StopIteration, ArithmeticError; except ordering.
class MissingSetting(KeyError):
    def __init__(self, name):
        super().__init__(name)
        self.name = name


class ConfigError(LookupError):
    pass


class DivByZero(ZeroDivisionError):
    def __str__(self):
        return "custom division by zero"


settings = {"a": 1}


def get(name):
    try:
        return settings[name]
    except KeyError:
        raise MissingSetting(name)


print(get("a"))
try:
    get("b")
except LookupError as e:
    print(type(e).__name__, e, repr(e), e.name, type(e.__context__).__name__)
handlers = [(KeyError, "KeyError handler"), (LookupError, "LookupError handler")]
for exc in (MissingSetting("x"), ConfigError("y"), IndexError(3)):
    for cls, msg in handlers:
        if isinstance(exc, cls):
            print(type(exc).__name__, "->", msg)
            break
try:
    raise DivByZero()
except ArithmeticError as e:
    print(type(e).__name__, str(e), isinstance(e, ZeroDivisionError))


class MyOSError(OSError):
    pass


e = MyOSError(2, "No such file")
print(e.errno, e.strerror, str(e), e.args)


class Done(StopIteration):
    pass


class Gen:
    def __init__(self):
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise Done("finished")
        return self.i


print(list(Gen()))
try:
    raise ConfigError("missing section")
except KeyError:
    print("wrong handler")
except LookupError as err:
    print("LookupError handler:", err)


class Warn(UserWarning):
    pass


print(issubclass(Warn, Warning), issubclass(Warn, Exception), Warn("w").args)


class Exit(SystemExit):
    pass


try:
    raise Exit(3)
except SystemExit as s:
    print("exit code", s.code)
print(issubclass(MissingSetting, Exception), MissingSetting.__bases__[0].__name__)
