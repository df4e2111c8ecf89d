# __set_name__ is called on class creation for every attribute that defines it.
calls = []


class Named:
    def __set_name__(self, owner, name):
        calls.append((owner.__name__, name))
        self.owner = owner
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return f"Named({self.name})"
        return f"{self.name} of {type(obj).__name__}"


class A:
    first = Named()
    second = Named()
    plain = 5


print(calls)
print(A.first, A().second)
print(A.__dict__["first"].owner is A)


class B(A):
    third = Named()


print(calls)
shared = Named()


class C:
    x = shared
    y = shared


print(shared.name, calls[-2:])
late = Named()
A.late = late
print(hasattr(late, "name"))
late.__set_name__(A, "late")
print(A().late)


class NotCallable:
    __set_name__ = None


try:
    class D:
        bad = NotCallable()
except TypeError as e:
    print("TypeError:", e)


class Raises:
    def __set_name__(self, owner, name):
        raise ValueError(f"refuse {name}")


try:
    class E:
        r = Raises()
except ValueError as e:
    print("ValueError:", e, type(e.__cause__).__name__ if e.__cause__ else None)
    notes = getattr(e, "__notes__", [])
    print(notes)
