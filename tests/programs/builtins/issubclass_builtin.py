# issubclass() on builtin types and the exception hierarchy
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

print(issubclass(bool, int), issubclass(int, bool), issubclass(int, int), issubclass(int, object))
print(issubclass(KeyError, LookupError), issubclass(KeyError, Exception), issubclass(KeyError, ValueError))
print(issubclass(ZeroDivisionError, (ValueError, ArithmeticError)), issubclass(str, (int, (list, str))))
print(issubclass(enumerate, object), issubclass(type, object), issubclass(object, type))
print(issubclass(StopIteration, Exception), issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
print(issubclass(int, ()))
show(lambda: issubclass(1, int))
show(lambda: issubclass(int, 1))
show(lambda: issubclass(int, (int, 1)))
show(lambda: issubclass(int))
show(lambda: issubclass(int, int, int))
show(lambda: issubclass(int, cls=int))
