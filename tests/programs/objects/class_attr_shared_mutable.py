# Mutable class attributes are shared; augmented assignment creates instance attributes.
class Team:
    members = []
    size = 0

    def join(self, name):
        self.members.append(name)
        self.size += 1


a, b = Team(), Team()
a.join("x")
b.join("y")
print(Team.members, a.members is b.members, a.size, b.size, Team.size)
print(sorted(vars(a)), sorted(vars(b)))


class Fixed:
    def __init__(self):
        self.members = []

    def join(self, name):
        self.members.append(name)


f1, f2 = Fixed(), Fixed()
f1.join("x")
print(f1.members, f2.members)


class Config:
    defaults = {"debug": False}

    def set(self, k, v):
        self.defaults = dict(self.defaults)
        self.defaults[k] = v


c1, c2 = Config(), Config()
c1.set("debug", True)
print(c1.defaults, c2.defaults, Config.defaults)
Team.size = 100
print(a.size, Team().size)
del a.size
print(a.size)


class Sub(Team):
    pass


s = Sub()
s.join("z")
print(Sub.members is Team.members, Team.members, "members" in vars(Sub))
Sub.members = ["own"]
print(Sub().members, Team.members)
