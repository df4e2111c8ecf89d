# __instancecheck__ and __subclasscheck__ on metaclasses (duck-typed interfaces).
class InterfaceMeta(type):
    def __instancecheck__(cls, obj):
        print(f"  instancecheck {cls.__name__} {type(obj).__name__}")
        return all([hasattr(obj, m) for m in cls.required])

    def __subclasscheck__(cls, sub):
        print(f"  subclasscheck {cls.__name__} {sub.__name__}")
        return all([hasattr(sub, m) for m in cls.required])


class Quacker(metaclass=InterfaceMeta):
    required = ("quack",)


class Duck:
    def quack(self):
        return "quack"


class Robot:
    def beep(self):
        return "beep"


print(isinstance(Duck(), Quacker))
print(isinstance(Robot(), Quacker))
print(issubclass(Duck, Quacker), issubclass(Robot, Quacker))
print(isinstance(Duck(), (int, Quacker)))


class RealQuacker(Quacker):
    required = ("quack", "waddle")


print(isinstance(Duck(), RealQuacker))


class Everything(type):
    def __instancecheck__(cls, obj):
        return True


class Any(metaclass=Everything):
    pass


print(isinstance(5, Any), isinstance(None, Any))
a = Any()
print(isinstance(a, Any))


class Even(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj % 2 == 0


class EvenNumber(metaclass=Even):
    pass


print([n for n in range(7) if isinstance(n, EvenNumber)])
try:
    match 4:
        case EvenNumber():
            print("matched even")
except TypeError as e:
    print("TypeError:", e)
