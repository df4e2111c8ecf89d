# Builtins with inline fast paths (list.append/pop, set.add/discard, dict.get, len, isinstance),
# hot, with the arguments that must still take the builtin's own body and errors.

class Base:
    pass


class Derived(Base):
    pass


class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == 42


class Odd(metaclass=Meta):
    pass


class MyList(list):
    def append(self, x):
        super().append(x * 10)


class Claims:
    __class__ = Derived            # what isinstance sees through __class__


def run(n):
    out = []
    lst, sub, s, d = [], MyList(), set(), {"a": 1}
    for i in range(n):
        lst.append(i)
        sub.append(i)
        s.add(i % 5)
        s.add(float(i % 3))
        s.discard(i % 4)
        out.append((d.get("a"), d.get("b"), d.get("b", i), len(lst), len(s), len("héllo"), len(d)))
        out.append((isinstance(Derived(), Base), isinstance(Base(), Derived), isinstance(i, int),
                    isinstance(True, int), isinstance(42, Odd), isinstance(i, Odd), isinstance(Claims(), Base),
                    isinstance(i, (str, int))))
    popped = [lst.pop() for _ in range(3)]
    return out[-2:], popped, sub[-2:], sorted(s, key=repr), lst[-2:]


print(run(5))
for _ in range(300):
    r = run(12)
print(r)
for bad in (lambda: [].pop(), lambda: [].append(), lambda: {}.get(), lambda: len(5),
            lambda: isinstance(1, 2), lambda: set().add([]), lambda: [1].pop(5)):
    try:
        bad()
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
