# Ends with an uncaught custom exception subclass with a custom __str__, raised from a method.
class ValidationError(ValueError):
    def __init__(self, field, reason):
        super().__init__(field, reason)
        self.field = field
        self.reason = reason

    def __str__(self):
        return f"{self.field}: {self.reason}"


class Form:
    def __init__(self, **fields):
        self.fields = fields

    def validate(self):
        for name, value in sorted(self.fields.items()):
            print("checking", name)
            if not value:
                raise ValidationError(name, "must not be empty")
        return True


print(Form(a=1, b="x").validate())
try:
    Form(a=0).validate()
except ValueError as e:
    print("caught:", e, e.args, e.field)
Form(name="bob", email="").validate()
