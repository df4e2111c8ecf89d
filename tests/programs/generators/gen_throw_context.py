# An exception thrown into a generator with throw() gets no __context__ from the caller's
# handled exception (CPython restores it without chaining); one raised inside the generator does.
def thrown_context():
    try:
        yield
    except KeyError as e:
        print("thrown context:", repr(e.__context__))
    try:
        yield
    except KeyError as e:
        print("second thrown context:", repr(e.__context__))
        raise ValueError("raised inside")

tc = thrown_context()
next(tc)
try:
    raise AttributeError("outer active")
except AttributeError:
    tc.throw(KeyError("k"))
try:
    raise IndexError("outer again")
except IndexError:
    try:
        tc.throw(KeyError("k2"))
    except ValueError as e:
        print("raised inside context:", repr(e.__context__), repr(e.__context__.__context__))
def plain_next():
    yield
    raise KeyError("from body")
p = plain_next()
next(p)
try:
    raise OSError("caller")
except OSError:
    try:
        next(p)
    except KeyError as e:
        print("body context:", repr(e.__context__))
