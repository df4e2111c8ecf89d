# Ordering of metaclass hooks, __init_subclass__ and __set_name__ during class creation.
log = []


class Field:
    def __set_name__(self, owner, name):
        log.append(f"set_name {owner.__name__}.{name}")


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        log.append(f"prepare {name} {sorted(kw)}")
        return {}

    def __new__(mcls, name, bases, ns, **kw):
        log.append(f"meta new start {name}")
        cls = super().__new__(mcls, name, bases, ns, **kw)
        log.append(f"meta new end {name}")
        return cls

    def __init__(cls, name, bases, ns, **kw):
        log.append(f"meta init {name}")
        super().__init__(name, bases, ns)

    def __setattr__(cls, name, value):
        log.append(f"meta setattr {name}")
        super().__setattr__(name, value)


class Base(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        log.append(f"init_subclass {cls.__name__} {sorted(kw.items())}")
        super().__init_subclass__()


class Model(Base, table="users"):
    log.append("body")
    id = Field()
    name = Field()


for line in log:
    print(line)
log.clear()
Model.extra = 1
Model.id = 2
print(log)
print(Model.extra, Model.id)
