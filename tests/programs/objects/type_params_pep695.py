# PEP 695: type aliases and generic functions; class-scope aliases read the class namespace
# (LOAD_FROM_DICT_OR_GLOBALS).
type Number = int | float if False else int
type Pair[T] = tuple[T, T]
type Table[K, V] = dict[K, list[V]]


def first[T](items: list[T]) -> T:
    return items[0]


def clamp[N: (int, float)](x: N, lo: N, hi: N) -> N:
    return max(lo, min(hi, x))


def longest[S: str](a: S, b: S) -> S:
    return a if len(a) >= len(b) else b


def apply[**P, R](f, *args, **kw) -> R:
    return f(*args, **kw)


def pack[*Ts](*xs):
    return xs


print(Number, Number.__name__, Number.__value__, type(Number).__name__)
print(Pair, Pair.__type_params__, Pair.__value__, Pair[int], Pair[str].__args__)
print(Table.__type_params__, Table.__value__, Table[str, int])
print(first([3, 4]), first.__type_params__, first.__name__)
(N,) = clamp.__type_params__
print(clamp(15, 0, 10), N, N.__name__, N.__bound__, N.__constraints__)
(S,) = longest.__type_params__
print(longest("ab", "abc"), S.__bound__, S.__constraints__, S.__covariant__, S.__infer_variance__)
P, R = apply.__type_params__
print(apply(pow, 2, 10), P, R, type(P).__name__, type(R).__name__)
print(pack(1, "a"), pack.__type_params__, type(pack.__type_params__[0]).__name__)
print(type(Pair[int]).__name__, Pair[int].__origin__ is Pair)


class Config:
    Key = str
    type Entry = tuple[Key, int]
    type Mapping[V] = dict[Key, V]

    def get[D](self, default: D) -> D:
        return default


print(Config.Entry.__value__, Config.Mapping.__value__, Config.Mapping[bytes])
print(Config().get(5), Config.get.__type_params__)
try:
    Number[int]
except TypeError as e:
    print("TypeError:", e)


def outer():
    local = float

    type Inner = list[local]
    return Inner


print(outer().__value__, outer().__name__)
f = first
f.__type_params__ = ()
print(f.__type_params__)
try:
    f.__type_params__ = []
except TypeError as e:
    print("TypeError:", e)
