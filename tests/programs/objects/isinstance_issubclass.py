# isinstance/issubclass with tuples, nested tuples and builtin types.
class Animal: pass
class Dog(Animal): pass
class Cat(Animal): pass
class Puppy(Dog): pass


p = Puppy()
print(isinstance(p, Dog), isinstance(p, Cat), isinstance(p, (Cat, Dog)))
print(isinstance(p, (Cat, (int, (str, Animal)))))
print(isinstance(p, ()), issubclass(Puppy, ()))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Dog, Dog))
print(issubclass(Puppy, (Cat, int)), issubclass(Puppy, (Cat, Dog)))
print(isinstance(True, int), issubclass(bool, int), isinstance(1, bool))
print(isinstance(Dog, type), isinstance(type, object), isinstance(object, type))
print(issubclass(type, object), issubclass(object, type))
try:
    isinstance(p, "Dog")
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(p, Dog)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(Dog, [Animal])
except TypeError as e:
    print("TypeError:", e)
print([cls.__name__ for cls in (Animal, Dog, Cat, Puppy) if isinstance(p, cls)])
print([cls.__name__ for cls in Animal.__subclasses__()])
print(isinstance(None, type(None)), isinstance(3.0, (int, float)))


def classify(x):
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, (int, float)):
        return "number"
    if isinstance(x, Animal):
        return "animal:" + type(x).__name__
    return "other"


print([classify(v) for v in (1, 2.5, True, Cat(), "s", p)])
