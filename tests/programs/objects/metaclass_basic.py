# Metaclass __new__ and __init__ see name, bases, namespace; class attributes added.
log = []


class Meta(type):
    def __new__(mcls, name, bases, ns):
        log.append(("new", mcls.__name__, name, [b.__name__ for b in bases],
                    sorted([k for k in ns if not k.startswith("__")])))
        ns["created_by"] = mcls.__name__
        cls = super().__new__(mcls, name, bases, ns)
        cls.upper_name = name.upper()
        return cls

    def __init__(cls, name, bases, ns):
        log.append(("init", name, "created_by" in ns))
        super().__init__(name, bases, ns)

    def describe(cls):
        return f"<class {cls.__name__} via {cls.created_by}>"


class A(metaclass=Meta):
    x = 1

    def f(self):
        return "f"


class B(A):
    y = 2


for entry in log:
    print(entry)
print(type(A).__name__, type(B).__name__)
print(A.upper_name, B.upper_name, B.created_by)
print(A.describe(), B.describe())
print(hasattr(A(), "describe"))
try:
    A().describe()
except AttributeError as e:
    print("AttributeError:", e)
print(isinstance(A, Meta), isinstance(A, type), issubclass(Meta, type))
print(B().f(), B.x, B.y)
print([c.__name__ for c in Meta.__mro__])
