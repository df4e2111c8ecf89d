# Exceptions inside with blocks, inside __exit__, and in __enter__.
class Resource:
    log = []

    def __init__(self, name, fail_enter=False, fail_exit=False):
        self.name, self.fail_enter, self.fail_exit = name, fail_enter, fail_exit

    def __enter__(self):
        Resource.log.append("open " + self.name)
        if self.fail_enter:
            raise OSError("cannot open " + self.name)
        return self

    def __exit__(self, et, ev, tb):
        Resource.log.append(f"close {self.name} ({et.__name__ if et else 'ok'})")
        if self.fail_exit:
            raise RuntimeError("close failed for " + self.name)
        return False


try:
    with Resource("r1") as r, Resource("r2", fail_enter=True):
        Resource.log.append("unreachable")
except OSError as e:
    print("OSError:", e)
print(Resource.log)
Resource.log.clear()
try:
    with Resource("r3", fail_exit=True):
        raise ValueError("body error")
except RuntimeError as e:
    print("RuntimeError:", e, "| context:", repr(e.__context__))
print(Resource.log)
Resource.log.clear()


class Transaction:
    def __init__(self):
        self.committed = []
        self.pending = []

    def __enter__(self):
        self.pending = []
        return self.pending

    def __exit__(self, et, ev, tb):
        if et is None:
            self.committed.extend(self.pending)
            print("committed", self.pending)
        else:
            print("rolled back", self.pending, "because", ev)
        return et is ValueError


t = Transaction()
with t as ops:
    ops.append(1)
    ops.append(2)
with t as ops:
    ops.append(3)
    raise ValueError("bad value")
try:
    with t as ops:
        ops.append(4)
        raise TypeError("bad type")
except TypeError as e:
    print("escaped:", e)
print(t.committed)


class Exiter:
    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        print("exit sees", et.__name__ if et else None)


try:
    with Exiter():
        raise ZeroDivisionError("inner")
except ZeroDivisionError as e:
    print("propagated", e)
