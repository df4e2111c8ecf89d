# __call__ on the metaclass (class call) versus __call__ on the class (instance call).
class Meta(type):
    def __call__(cls, *args):
        print(f"  Meta.__call__({cls.__name__}, {args})")
        obj = super().__call__(*args)
        print("  instance built")
        return obj


class Fn(metaclass=Meta):
    def __init__(self, factor):
        print("  Fn.__init__", factor)
        self.factor = factor

    def __call__(self, x):
        print("  Fn.__call__", x)
        return x * self.factor


triple = Fn(3)
print(triple(5), triple("ab"))
print(callable(Fn), callable(triple), type(Fn).__call__ is Meta.__call__)
print(Fn.__call__(triple, 2))
print(list(map(triple, [1, 2])))


class Plain:
    pass


print(callable(Plain), callable(Plain()), type(Plain).__call__(Plain).__class__.__name__)
try:
    Plain()()
except TypeError as e:
    print("TypeError:", e)


class CallReturnsClass:
    def __call__(self):
        return CallReturnsClass


print(CallReturnsClass()() is CallReturnsClass, type(CallReturnsClass()()()).__name__)
