# Generator functions with varied signatures: defaults, *args, **kwargs, keyword-only, positional-only.
def gen(a, b=2, /, c=3, *args, d, e=5, **kw):
    yield ("a", a)
    yield ("b", b)
    yield ("c", c)
    yield ("args", args)
    yield ("d", d)
    yield ("e", e)
    yield ("kw", sorted(kw.items()))

print(dict(gen(1, d=4)))
print(dict(gen(1, 20, 30, 40, 50, d=4, e=6, z=26, y=25)))
try:
    gen(1)
except TypeError as e:
    print("TypeError:", e)
try:
    gen(a=1, d=2)
except TypeError as e:
    print("TypeError:", e)
try:
    gen()
except TypeError as e:
    print("TypeError:", e)

def star_only(*, n):
    yield from range(n)
print(list(star_only(n=3)))

def defaults_evaluated_once(acc=[]):
    acc.append(len(acc))
    yield acc
print(next(defaults_evaluated_once()), next(defaults_evaluated_once()))
print(gen.__defaults__, gen.__kwdefaults__)
print(gen.__code__.co_argcount, gen.__code__.co_posonlyargcount, gen.__code__.co_kwonlyargcount)

def unpacking(*pairs):
    for k, v in pairs:
        yield f"{k}={v}"
print(list(unpacking(*{"x": 1, "y": 2}.items())))
kwargs = {"d": "D", "extra": True}
print(list(gen(0, **kwargs))[-3:])
def annotated(n: int) -> "Iterator[int]":
    yield n
print(annotated.__annotations__, list(annotated(4)))
class K:
    def m(self, *a, **k):
        yield self.__class__.__name__, a, k
print(list(K().m(1, two=2)))
