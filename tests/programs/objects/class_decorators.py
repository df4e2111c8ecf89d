# Class decorators: receive the class, may mutate it or replace it.
registry = []


def register(cls):
    registry.append(cls.__name__)
    return cls


def add_greeting(greeting):
    def deco(cls):
        def greet(self):
            return f"{greeting}, {self.name}"
        cls.greet = greet
        return cls
    return deco


def replace_with_name(cls):
    return "replaced:" + cls.__name__


@register
@add_greeting("Hello")
class Person:
    def __init__(self, name):
        self.name = name


@add_greeting("Hi")
@register
class Robot:
    def __init__(self, name):
        self.name = name.upper()


@replace_with_name
class Gone:
    pass


print(registry)
print(Person("ann").greet())
print(Robot("r2").greet())
print(Gone, type(Gone).__name__)
print(Person.greet.__name__, Person.greet.__qualname__)

order = []


def trace(tag):
    order.append("make " + tag)
    def deco(cls):
        order.append("apply " + tag)
        cls.tags = getattr(cls, "tags", ()) + (tag,)
        return cls
    return deco


@trace("a")
@trace("b")
@trace("c")
class Tagged:
    order.append("body")


print(order)
print(Tagged.tags)
