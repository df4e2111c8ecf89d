# The awaitables returned by asend()/__anext__()/athrow()/aclose(), driven directly with
# send/throw/close and reused after completion.


class Pause:
    def __await__(self):
        v = yield "paused"
        return v


async def agen():
    got = await Pause()
    x = yield f"first (pause gave {got})"
    yield f"second got {x}"
    try:
        yield "third"
    except KeyError as e:
        yield f"caught {e!r}"


def show(label, fn):
    try:
        print(label, "->", fn())
    except StopIteration as e:
        print(label, "StopIteration", repr(e.value))
    except StopAsyncIteration as e:
        print(label, "StopAsyncIteration", e.args)
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


g = agen()
a = g.__anext__()
show("anext send", lambda: a.send(None))
show("anext send value", lambda: a.send("resumed"))
show("reuse finished anext", lambda: a.send(None))
b = g.asend("X")
show("asend", lambda: b.send(None))
show("asend reuse", lambda: b.send(None))
c = g.__anext__()
show("anext", lambda: next(iter(c.__await__())) if False else c.send(None))
t = g.athrow(KeyError("k"))
show("athrow send", lambda: t.send(None))
show("athrow reuse", lambda: t.send(None))

g2 = agen()
first = g2.__anext__()
show("start", lambda: first.send(None))
show("first throw", lambda: first.throw(ValueError("into the await")))
show("g2 after", lambda: g2.__anext__().send(None))

g3 = agen()
x = g3.__anext__()
show("x send", lambda: x.send(None))
show("x close", lambda: x.close())
show("x send after close", lambda: x.send(None))
y = g3.aclose()
show("aclose send", lambda: y.send(None))
show("aclose send again", lambda: y.send(None))
print(type(x.__await__()).__name__, x.__await__() is x)
