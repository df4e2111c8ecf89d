# ORM-like models: Field descriptors with __set_name__, validation, __init_subclass__ table registry.
class ValidationError(ValueError):
    def __init__(self, model, field, message):
        super().__init__(f"{model}.{field}: {message}")
        self.field = field


class Field:
    kind = object

    def __init__(self, *, default=None, required=True, choices=None):
        self.default = default
        self.required = required
        self.choices = choices

    def __set_name__(self, owner, name):
        self.name = name
        self.attr = "_f_" + name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.attr, self.default)

    def __set__(self, obj, value):
        value = self.validate(type(obj).__name__, value)
        obj.__dict__[self.attr] = value
        obj._dirty.add(self.name)

    def validate(self, model, value):
        if value is None:
            if self.required:
                raise ValidationError(model, self.name, "is required")
            return None
        if not isinstance(value, self.kind):
            raise ValidationError(model, self.name, f"expected {self.kind.__name__}, got {type(value).__name__}")
        if self.choices is not None and value not in self.choices:
            raise ValidationError(model, self.name, f"{value!r} not in {self.choices}")
        return value

    def __repr__(self):
        return f"{type(self).__name__}({self.name})"


class IntField(Field):
    kind = int

    def __init__(self, *, min=None, max=None, **kw):
        super().__init__(**kw)
        self.min, self.max = min, max

    def validate(self, model, value):
        value = super().validate(model, value)
        if value is not None:
            if self.min is not None and value < self.min:
                raise ValidationError(model, self.name, f"{value} < {self.min}")
            if self.max is not None and value > self.max:
                raise ValidationError(model, self.name, f"{value} > {self.max}")
        return value


class StrField(Field):
    kind = str

    def __init__(self, *, max_length=None, **kw):
        super().__init__(**kw)
        self.max_length = max_length

    def validate(self, model, value):
        value = super().validate(model, value)
        if value is not None and self.max_length and len(value) > self.max_length:
            raise ValidationError(model, self.name, f"longer than {self.max_length}")
        return value


class Model:
    registry = {}

    def __init_subclass__(cls, *, table=None, **kw):
        super().__init_subclass__(**kw)
        cls.table = table or cls.__name__.lower() + "s"
        fields = {}
        for klass in reversed(cls.__mro__):
            for name, value in vars(klass).items():
                if isinstance(value, Field):
                    fields[name] = value
        cls.fields = fields
        Model.registry[cls.table] = cls
        cls._rows = []

    def __init__(self, **values):
        object.__setattr__(self, "_dirty", set())
        unknown = set(values) - set(self.fields)
        if unknown:
            raise TypeError(f"{type(self).__name__} got unknown fields {sorted(unknown)}")
        for name, field in self.fields.items():
            setattr(self, name, values.get(name, field.default))
        self._dirty.clear()
        self.id = None

    def save(self):
        if self.id is None:
            type(self)._rows.append(self)
            self.id = len(type(self)._rows)
            action = "INSERT"
        else:
            action = f"UPDATE {sorted(self._dirty)}"
        self._dirty.clear()
        return f"{action} {self.table} id={self.id}"

    @classmethod
    def where(cls, **conds):
        return [r for r in cls._rows if all([getattr(r, k) == v for k, v in conds.items()])]

    def __eq__(self, other):
        return type(self) is type(other) and self.as_dict() == other.as_dict()

    __hash__ = None

    def as_dict(self):
        return {name: getattr(self, name) for name in self.fields}

    def __repr__(self):
        inner = ", ".join([f"{k}={v!r}" for k, v in self.as_dict().items()])
        return f"{type(self).__name__}({inner})"


class User(Model, table="users"):
    name = StrField(max_length=10)
    age = IntField(min=0, max=150, default=18)
    role = StrField(choices=("admin", "user"), default="user")


class Admin(User):
    level = IntField(min=1, default=1)


class Post(Model):
    title = StrField()
    author = StrField(required=False)


print(sorted(Model.registry), list(User.fields), list(Admin.fields), Post.table)
u = User(name="ann", age=30)
print(u, u.save(), u.id)
u.age = 31
u.role = "admin"
print(u.save())
print(User(name="bob").save(), Admin(name="root", role="admin", level=5).save())
print(User.where(role="user"), Admin.where(level=5))
print(User(name="x") == User(name="x"), User(name="x") == User(name="y"))
print(Post(title="hi"), User.name, type(User.__dict__["age"]).__name__)
bad_inputs = [
    lambda: User(name="a very long name"),
    lambda: User(name="z", age=-1),
    lambda: User(name="z", age="old"),
    lambda: User(name="z", role="guest"),
    lambda: User(),
    lambda: User(name="q", email="q@x"),
    lambda: setattr(u, "age", 200),
    lambda: hash(u),
]
for make in bad_inputs:
    try:
        make()
    except ValidationError as e:
        print("ValidationError:", e, "| field:", e.field)
    except TypeError as e:
        print("TypeError:", e)
print(u.age, u.as_dict())
