# __class__ on instances, assignment to __class__, type() vs __class__.
class Cat:
    def speak(self):
        return "meow"


class Dog:
    def speak(self):
        return "woof"


pet = Cat()
print(pet.__class__.__name__, type(pet) is pet.__class__, pet.speak())
pet.__class__ = Dog
print(type(pet).__name__, pet.speak(), isinstance(pet, Dog), isinstance(pet, Cat))
try:
    pet.__class__ = int
except TypeError as e:
    print("TypeError:", e)
try:
    pet.__class__ = 5
except TypeError as e:
    print("TypeError:", e)


class Fake:
    @property
    def __class__(self):
        return Dog


f = Fake()
print(type(f).__name__, f.__class__.__name__)
print(isinstance(f, Dog), isinstance(f, Fake))


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    def get_cls(self):
        return __class__


print(WithMeta.__class__.__name__, WithMeta().get_cls().__name__)


class Sub(WithMeta):
    pass


print(Sub().get_cls().__name__, Sub().__class__.__name__)
print((1).__class__.__name__, "s".__class__.__class__.__name__)
print(type.__class__ is type, object.__class__ is type)
