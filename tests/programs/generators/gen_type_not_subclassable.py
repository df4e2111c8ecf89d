# The generator type cannot be subclassed (it lacks Py_TPFLAGS_BASETYPE).
def g():
    yield 1

GenType = type(g())
try:
    class Sub(GenType):
        pass
except TypeError as e:
    print("subclass:", e)
try:
    type("Dyn", (GenType,), {})
except TypeError as e:
    print("type():", e)
try:
    class Multi(object, GenType):
        pass
except TypeError as e:
    print("multi:", e)
print("end")
