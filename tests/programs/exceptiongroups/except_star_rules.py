# except* rules: every matching clause runs once, unmatched parts re-raise together, bare raise
# re-raises the matched part, new exceptions chain, and the invalid forms.


def raiser(*excs):
    raise ExceptionGroup("g", list(excs))


def show(label, fn):
    try:
        fn()
    except BaseException as e:
        print(label, "->", repr(e))
        if isinstance(e, BaseExceptionGroup):
            for sub in e.exceptions:
                print("   ", repr(sub), "context:", repr(sub.__context__))
    else:
        print(label, "-> nothing escaped")


def all_handled():
    try:
        raiser(ValueError(1), TypeError(2), ValueError(3))
    except* ValueError as g:
        print("V handler sees", g.exceptions)
    except* TypeError as g:
        print("T handler sees", g.exceptions)


def partial():
    try:
        raiser(ValueError(1), KeyError("k"), OSError("io"))
    except* ValueError:
        print("only V")


def reraise_bare():
    try:
        raiser(ValueError(1), TypeError(2))
    except* ValueError:
        raise
    except* TypeError:
        print("T handled")


def raise_new():
    try:
        raiser(ValueError(1), TypeError(2))
    except* ValueError as g:
        raise RuntimeError("from V handler") from g.exceptions[0]
    except* TypeError:
        raise LookupError("from T handler")


def naked():
    try:
        raise KeyError("solo")
    except* LookupError as g:
        print("naked wrapped:", type(g).__name__, g.exceptions, g.message == "")


def naked_unmatched():
    try:
        raise KeyError("solo")
    except* ValueError:
        print("not reached")


def tuple_clause():
    try:
        raiser(ValueError(1), TypeError(2), KeyError(3))
    except* (ValueError, TypeError) as g:
        print("tuple clause:", g.exceptions)
    except* KeyError as g:
        print("key clause:", g.exceptions)


def nested_groups():
    try:
        raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
    except* ValueError as g:
        print("V from nested:", repr(g))
    except* TypeError as g:
        print("T from nested:", repr(g))


def base_exceptions():
    try:
        raise BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError(1)])
    except* KeyboardInterrupt as g:
        print("KI:", repr(g))
    except* ValueError as g:
        print("V:", repr(g))


def else_finally():
    try:
        pass
    except* ValueError:
        print("no")
    else:
        print("else runs")
    finally:
        print("finally runs")


for name, fn in [("all_handled", all_handled), ("partial", partial), ("reraise_bare", reraise_bare), ("raise_new", raise_new),
                 ("naked", naked), ("naked_unmatched", naked_unmatched), ("tuple_clause", tuple_clause),
                 ("nested_groups", nested_groups), ("base_exceptions", base_exceptions), ("else_finally", else_finally)]:
    show(name, fn)
