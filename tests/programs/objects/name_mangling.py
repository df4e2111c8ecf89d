# Private name mangling: __x inside a class body becomes _Class__x.
class Account:
    __count = 0

    def __init__(self, owner):
        self.__owner = owner
        Account.__count += 1
        self._protected = "p"

    def owner(self):
        return self.__owner

    @classmethod
    def count(cls):
        return cls.__count

    def __secret(self):
        return "secret of " + self.__owner

    def reveal(self):
        return self.__secret()


a = Account("ann")
Account("bob")
print(a.owner(), Account.count(), a.reveal())
print(sorted(vars(a)))
print(a._Account__owner, a._Account__secret())
try:
    a.__owner
except AttributeError as e:
    print("AttributeError:", e)


class Savings(Account):
    def __init__(self, owner):
        super().__init__(owner)
        self.__owner = "shadow " + owner

    def both(self):
        return self.__owner, self.owner()


s = Savings("cy")
print(s.both(), sorted(vars(s)))


class _Leading:
    def __init__(self):
        self.__v = 1


print(sorted(vars(_Leading())))


class __Dunder__:
    def __init__(self):
        self.__w = 2
        self.__ok__ = 3


print(sorted(vars(__Dunder__())))


class Getter:
    def __init__(self):
        self.__hidden = 42

    def get(self, name):
        return getattr(self, name, "missing")


g = Getter()
print(g.get("__hidden"), g.get("_Getter__hidden"))
print(hasattr(Account, "_Account__count"), "__count" in dir(Account))


def outside(obj):
    return obj._Account__count


print(outside(a))
