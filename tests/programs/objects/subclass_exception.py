# Exception subclasses with custom __init__, __str__, extra attributes and args handling.
class AppError(Exception):
    pass


class HTTPError(AppError):
    def __init__(self, status, message="error"):
        super().__init__(status, message)
        self.status = status
        self.message = message

    def __str__(self):
        return f"[{self.status}] {self.message}"


class NotFound(HTTPError):
    def __init__(self, path):
        super().__init__(404, f"{path} not found")
        self.path = path


class NoSuperInit(Exception):
    def __init__(self, a, b):
        self.a = a
        self.b = b


for exc in (AppError("plain"), AppError(), AppError(1, 2), HTTPError(500), NotFound("/x"), NoSuperInit(1, 2)):
    print(type(exc).__name__, "|", str(exc), "|", repr(exc), "|", exc.args)
try:
    raise NotFound("/index.html")
except HTTPError as e:
    print("caught as HTTPError:", e, e.status, e.path, isinstance(e, AppError))
try:
    raise NotFound("/a")
except (KeyError, AppError) as e:
    print("tuple catch:", type(e).__name__)
print([k.__name__ for k in NotFound.__mro__])


class WithRepr(ValueError):
    def __repr__(self):
        return "WithRepr!"


print(repr(WithRepr("x")), str(WithRepr("x")), [WithRepr()])
e = AppError("msg")
e.code = 7
print(e.code, e.args, e.__traceback__ is None)
try:
    raise e
except AppError as caught:
    print(caught is e, caught.__traceback__ is not None)


class Counted(Exception):
    count = 0

    def __init__(self, *args):
        Counted.count += 1
        super().__init__(*args)


for i in range(3):
    try:
        raise Counted(i)
    except Counted as c:
        print("counted", c.args[0], Counted.count)
print(str(KeyError("k")), str(AppError("k")), repr(KeyError("k")))
