# Hash inheritance for subclasses of builtins and user classes overriding __eq__.
class MyInt(int):
    pass


class EqInt(int):
    def __eq__(self, o):
        return int(self) == int(o) % 10


class EqHashInt(EqInt):
    def __hash__(self):
        return int(self) % 10


print(hash(MyInt(5)) == hash(5), {MyInt(5): 1}[5])
try:
    hash(EqInt(5))
except TypeError as e:
    print("TypeError:", e)
print(EqInt(5) == 15, EqInt(5) == 5, EqInt(5) != 25)
print(hash(EqHashInt(15)), EqHashInt(3) == 13, len({EqHashInt(3), EqHashInt(3)}))


class MyStr(str):
    def __eq__(self, o):
        return str.lower(self) == str.lower(o)

    def __hash__(self):
        return hash(str.lower(self))


d = {MyStr("Key"): 1}
print(d.get(MyStr("KEY")), d.get("key"), MyStr("A") == "a", "a" == MyStr("A"))


class Base:
    def __eq__(self, o):
        return True

    def __hash__(self):
        return 1


class Child(Base):
    def __eq__(self, o):
        return False


print(Base.__hash__ is not None, Child.__hash__)
try:
    hash(Child())
except TypeError as e:
    print("TypeError:", e)


class Keep(Base):
    pass


kd = {Keep(): "a", Keep(): "b"}
print(hash(Keep()), len(kd), list(kd.values()))
