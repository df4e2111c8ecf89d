# Slots with properties, class attributes, default values via class attrs on other names.
class Account:
    __slots__ = ("_balance", "owner")
    currency = "EUR"

    def __init__(self, owner):
        self.owner = owner
        self._balance = 0

    @property
    def balance(self):
        return self._balance

    def deposit(self, n):
        self._balance += n
        return self


a = Account("ann").deposit(10).deposit(5)
print(a.owner, a.balance, a.currency)
try:
    a.currency = "USD"
except AttributeError as e:
    print("AttributeError:", e)
try:
    a.balance = 1
except AttributeError as e:
    print("AttributeError:", e)
b = Account("bob")
print(b.balance, getattr(b, "owner"))
slot = Account.__dict__["owner"]
print(slot.__get__(a, Account), slot.__name__)
slot.__set__(b, "robert")
print(b.owner)
print(sorted([n for n in dir(a) if not n.startswith("__")]))


class Empty:
    __slots__ = ()


e = Empty()
try:
    e.x = 1
except AttributeError as err:
    print("AttributeError:", err)
print(hasattr(e, "__dict__"))


class Base:
    __slots__ = ("a",)


class Child(Base):
    __slots__ = ("b",)

    def __init__(self):
        self.a = "A"
        self.b = "B"


c = Child()
print(c.a, c.b)
for name in ("a", "b"):
    delattr(c, name)
    print(name, hasattr(c, name))
