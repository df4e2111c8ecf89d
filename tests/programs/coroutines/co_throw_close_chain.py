# throw() and close() on a coroutine suspended several awaits deep: they travel down to the innermost
# __await__ generator; values and exceptions travel back up; finally blocks run innermost first.


class Point:
    def __init__(self, log, name):
        self.log = log
        self.name = name

    def __await__(self):
        try:
            v = yield f"at {self.name}"
            return v
        except ValueError as e:
            self.log.append(f"{self.name} handles {e}")
            return "handled by awaitable"
        except GeneratorExit:
            self.log.append(f"{self.name} sees GeneratorExit")
            raise
        finally:
            self.log.append(f"{self.name} finally")


async def inner(log):
    try:
        r = await Point(log, "p1")
        log.append(f"inner got {r!r}")
        r2 = await Point(log, "p2")
        return f"inner result {r2!r}"
    finally:
        log.append("inner finally")


async def middle(log):
    try:
        return await inner(log)
    except KeyError as e:
        log.append(f"middle caught {e!r}")
        return "middle recovered"
    finally:
        log.append("middle finally")


async def outer(log):
    r = await middle(log)
    log.append(f"outer got {r!r}")
    return r


def finish(c, action):
    try:
        return ("yielded", action(c))
    except StopIteration as e:
        return ("returned", e.value)
    except Exception as e:
        return ("raised", type(e).__name__, str(e))


for label, actions in [
    ("throw ValueError (awaitable handles)", [lambda c: c.throw(ValueError("v")), lambda c: c.send("x")]),
    ("throw KeyError (middle handles)", [lambda c: c.throw(KeyError("k"))]),
    ("throw TypeError (nobody handles)", [lambda c: c.throw(TypeError("t"))]),
    ("close", [lambda c: c.close(), lambda c: c.send(None)]),
    ("send then close", [lambda c: c.send(1), lambda c: c.close()]),
]:
    log = []
    c = outer(log)
    print(label)
    print("  ", c.send(None))
    for act in actions:
        print("  ", finish(c, act))
    print("   log:", log)
    print("   state:", c.cr_suspended, c.cr_await)
    c.close()
