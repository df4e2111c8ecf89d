# close() through yield from in 3.13: the return value of close() when generators handle GeneratorExit.
def inner_returning():
    try:
        yield 1
    except GeneratorExit:
        print("inner got GeneratorExit")
        return "inner value"

def outer_plain():
    r = yield from inner_returning()
    print("unreachable?", r)

g = outer_plain()
next(g)
print("close ->", g.close())

def outer_catching():
    try:
        yield from inner_returning()
    except GeneratorExit:
        print("outer got GeneratorExit")
        return "outer value"
h = outer_catching()
next(h)
print("close ->", h.close())

def gen_returning_none_on_exit():
    try:
        yield
    except GeneratorExit:
        return None
n = gen_returning_none_on_exit()
next(n)
print("close ->", n.close())

def gen_returns_after_finally():
    try:
        yield
    finally:
        print("finally only")
f = gen_returns_after_finally()
next(f)
print("close ->", f.close())

def exhausted():
    yield 1
    return "returned normally"
e = exhausted()
for _ in e:
    pass
print("close after exhaustion ->", e.close())
def gen_with_break():
    try:
        for i in range(10):
            try:
                yield i
            except GeneratorExit:
                print("breaking out at", i)
                break
        return "after loop"
    finally:
        print("final cleanup")
b = gen_with_break()
next(b); next(b)
print("close ->", b.close())
