# property with getter/setter/deleter via decorators.
class Temperature:
    def __init__(self, celsius):
        self._c = celsius

    @property
    def celsius(self):
        "Temperature in Celsius."
        print("get celsius")
        return self._c

    @celsius.setter
    def celsius(self, value):
        print("set celsius", value)
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value

    @celsius.deleter
    def celsius(self):
        print("del celsius")
        self._c = 0

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9


t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.fahrenheit)
t.fahrenheit = 32
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
del t.celsius
print(t._c)
print(Temperature.celsius.__doc__)
print(type(Temperature.celsius).__name__)
p = Temperature.__dict__["celsius"]
print(p.fget.__name__, p.fset.__name__, p.fdel.__name__)
print(Temperature.fahrenheit.fdel)
print(p.__get__(t, Temperature), p.__get__(None, Temperature) is p)
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError:", e)
