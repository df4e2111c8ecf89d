# Reusable context managers: timers without time, indentation printer, state restore.
class Indent:
    def __init__(self):
        self.level = 0

    def __enter__(self):
        self.level += 1
        return self

    def __exit__(self, *exc):
        self.level -= 1
        return False

    def say(self, text):
        print("  " * self.level + text)


out = Indent()
out.say("top")
with out:
    out.say("one")
    with out:
        out.say("two")
        with out as same:
            same.say("three")
    out.say("back to one")
out.say("top again")


class Override:
    def __init__(self, obj, **changes):
        self.obj = obj
        self.changes = changes
        self.saved = {}

    def __enter__(self):
        for k, v in self.changes.items():
            self.saved[k] = getattr(self.obj, k)
            setattr(self.obj, k, v)
        return self.obj

    def __exit__(self, et, ev, tb):
        for k, v in self.saved.items():
            setattr(self.obj, k, v)
        print("restored", sorted(self.saved))


class Settings:
    debug = False
    level = 1


s = Settings()
with Override(s, debug=True, level=5) as cfg:
    print(cfg.debug, cfg.level)
print(s.debug, s.level)
try:
    with Override(s, level=9):
        print("inside", s.level)
        raise ValueError("oops")
except ValueError as e:
    print("error", e, "level", s.level)


class Suppress:
    def __init__(self, *types):
        self.types = types
        self.caught = []

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            self.caught.append(repr(ev))
            return True
        return False


sup = Suppress(KeyError, ZeroDivisionError)
for f in (lambda: {}["a"], lambda: 1 / 0, lambda: "fine"):
    with sup:
        print("result", f())
print(sup.caught)
try:
    with sup:
        int("x")
except ValueError as e:
    print("not suppressed:", e)
