e = OSError(2, 'No such file or directory', 'x.txt')
print(type(e).__name__, e.args, e.errno, e.strerror, e.filename, str(e))
e = OSError(13, 'Permission denied')
print(type(e).__name__, e.args, str(e), e.filename)
e = OSError('plain')
print(type(e).__name__, e.args, str(e), e.errno)
e = OSError(1, 2, 3, 4, 5)
print(type(e).__name__, e.args, str(e), e.filename)
print(type(FileNotFoundError(17, 'exists')).__name__, isinstance(FileNotFoundError(), OSError))
e = ImportError('msg', name='n', path='p')
print(e.args, e.name, e.path, e.msg, str(e))
print(NameError('m', name='x').name, AttributeError('a', name='b', obj=3).obj)
try:
    KeyError(1, x=2)
except TypeError as t:
    print(t)
print(SystemExit().code, SystemExit(3).code, SystemExit(1, 2).code)
print(StopIteration().value, StopIteration(5, 6).value)
print(repr(ValueError()), repr(ValueError(1, 'two')), str(ValueError(1, 'two')), str(KeyError('k')), str(KeyError()))
for cls in [ConnectionRefusedError, TimeoutError, UnicodeDecodeError, DeprecationWarning, UserWarning, RecursionError, ModuleNotFoundError]:
    print(cls.__name__, [c.__name__ for c in cls.__mro__])
e = ValueError('v')
e.add_note('first note')
e.add_note('second')
print(e.__notes__)
try:
    e.add_note(3)
except TypeError as t:
    print(t)
print(e.with_traceback(None) is e)
try:
    raise e
except ValueError as caught:
    print(caught is e, caught.args)
raise e
