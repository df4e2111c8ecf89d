# Class-level annotations (SETUP_ANNOTATIONS) and __annotations__.
class Config:
    name: str
    port: int = 8080
    debug: bool = False
    tags: list
    x = 5

    def method(self, a: int, b: str = "s") -> bool:
        return True


print(Config.__annotations__)
print(list(Config.__annotations__))
print(Config.port, Config.debug)
print(hasattr(Config, "name"), hasattr(Config, "tags"))
try:
    Config.name
except AttributeError as e:
    print("AttributeError:", e)
print(Config.method.__annotations__)


class Child(Config):
    extra: float = 1.5


print(Child.__annotations__)
print(Child.port, Child.extra)


class NoAnn:
    y = 1


print(NoAnn.__dict__.get("__annotations__", "absent") == "absent" or True)


class Strings:
    a: "forward"
    b: 'List[int]'


print(Strings.__annotations__)


def f(x: int) -> str:
    v: int = 3
    return str(x + v)


print(f.__annotations__, f(4))
counter = 0


def val():
    global counter
    counter += 1
    return counter


class Evaluated:
    a: val() = val()
    b: val()


print(Evaluated.__annotations__, Evaluated.a, counter)
