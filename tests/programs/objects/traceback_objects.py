import sys
def f():
    raise ValueError("x")
def g():
    f()
try:
    g()
except ValueError as e:
    tb = e.__traceback__
    n = 0
    while tb is not None:
        print(tb.tb_lineno, type(tb).__name__, tb.tb_lasti > 0)
        tb = tb.tb_next
    t, v, tb2 = sys.exc_info()
    print(t.__name__, v is e, tb2 is e.__traceback__)
    e2 = KeyError("k").with_traceback(e.__traceback__)
    print(e2.__traceback__ is e.__traceback__)
    e.__traceback__ = None
    print(e.__traceback__)
    try:
        e.__traceback__ = 5
    except TypeError as err:
        print(err)
print(ValueError().__traceback__)
def h():
    raise KeyError("z").with_traceback(tb2)
h()
