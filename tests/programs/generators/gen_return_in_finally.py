# return/break inside finally in a generator swallow exceptions, including GeneratorExit at close().
def swallow_on_close():
    try:
        yield 1
        yield 2
    finally:
        return "from finally"

g = swallow_on_close()
next(g)
print("close ->", g.close())

def swallow_error():
    try:
        yield 1
        raise ValueError("lost")
    finally:
        return "finally wins"
s = swallow_error()
next(s)
try:
    next(s)
except StopIteration as e:
    print("stop:", e.value)

def break_in_finally():
    for i in range(3):
        try:
            yield i
            raise KeyError(i)
        finally:
            break
    yield "after loop"
print(list(break_in_finally()))

def continue_in_finally():
    for i in range(3):
        try:
            yield i
            if i == 1:
                raise KeyError(i)
        finally:
            continue
    yield "done"
print(list(continue_in_finally()))

def throw_swallowed():
    try:
        yield "waiting"
    finally:
        return "swallowed the throw"
t = throw_swallowed()
next(t)
try:
    t.throw(IndexError("x"))
except StopIteration as e:
    print("throw -> StopIteration", e.value)
def nested_finally_order():
    try:
        try:
            yield "inner"
        finally:
            print("inner finally")
            yield "yield in inner finally"
    finally:
        print("outer finally")
n = nested_finally_order()
print(next(n))
print(next(n))
print(next(n, "end"))
