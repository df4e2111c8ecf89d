# isinstance/issubclass with builtin types and tuples; type() identity and names.
values = [0, True, 1.5, 2j, "s", b"b", bytearray(), [], (), {}, set(), frozenset(), None, range(1), len, print, ValueError("x")]
for v in values:
    print(f"{type(v).__name__:<25}", isinstance(v, int), isinstance(v, (list, tuple)), isinstance(v, object), type(v) is int)

print(isinstance(True, int), type(True) is bool, issubclass(bool, int), issubclass(int, bool))
print(isinstance(3, (str, (float, (int,)))))
print(issubclass(KeyError, LookupError), issubclass(KeyError, (ValueError, Exception)), issubclass(ZeroDivisionError, ArithmeticError))
print(issubclass(bool, (str, bytes)), issubclass(object, object), issubclass(type, object), isinstance(int, type))
print(isinstance(type, type), isinstance(object, type), type(type) is type, type(object))

for bad in [(3, 1), (3, (int, 5)), ("x", "str")]:
    try:
        print(isinstance(*bad))
    except TypeError as e:
        print("TypeError:", e)
try:
    issubclass(3, int)
except TypeError as e:
    print("TypeError:", e)

# exception hierarchy walk via __mro__ and __bases__
for exc in (KeyError, ZeroDivisionError, FileNotFoundError, UnicodeDecodeError, StopIteration, KeyboardInterrupt):
    print(exc.__name__, "->", [c.__name__ for c in exc.__mro__])
print(bool.__mro__, int.__mro__, object.__mro__)

# type() of a value used as a constructor
for v in [7, "7", 7.0, [7], (7,), {7}, b"7"]:
    t = type(v)
    print(t.__name__, repr(t(v)))

# checking numbers generically
def kind(x):
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, int):
        return "int"
    if isinstance(x, float):
        return "float"
    if isinstance(x, complex):
        return "complex"
    return "other"

print([kind(x) for x in (False, 1, 1.0, 1j, "1")])
print(type(1) == type(2), type(1) != type(1.0), type([]) in (list, tuple))
print(callable(int), callable(3), callable(isinstance), callable(kind), callable(None))
