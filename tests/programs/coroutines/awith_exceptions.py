# async with and exceptions: __aexit__ return values swallow or not, errors inside __aenter__/__aexit__.


class CM:
    def __init__(self, name, ret=False, fail_enter=False, fail_exit=False):
        self.name = name
        self.ret = ret
        self.fail_enter = fail_enter
        self.fail_exit = fail_exit

    async def __aenter__(self):
        print(f"  enter {self.name}")
        if self.fail_enter:
            raise OSError(f"enter failed {self.name}")
        return self

    async def __aexit__(self, et, ev, tb):
        print(f"  exit {self.name}: {et.__name__ if et else None} {ev!r}")
        if self.fail_exit:
            raise ValueError(f"exit failed {self.name}")
        return self.ret


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def attempt(label, cm, exc=None):
    print(label)
    try:
        async with cm:
            print("  body")
            if exc is not None:
                raise exc
        print("  after block")
        return "completed"
    except Exception as e:
        ctx = e.__context__
        print(f"  propagated {type(e).__name__}: {e}; context {ctx!r}")
        return "propagated"


async def main():
    results = []
    results.append(await attempt("no error", CM("a")))
    results.append(await attempt("error not swallowed", CM("b"), KeyError("k")))
    results.append(await attempt("swallowed by True", CM("c", ret=True), KeyError("k")))
    results.append(await attempt("swallowed by 1", CM("d", ret=1), ValueError("v")))
    results.append(await attempt("not swallowed by 0", CM("e", ret=0), ValueError("v")))
    results.append(await attempt("swallowed by 'yes'", CM("f", ret="yes"), ZeroDivisionError("z")))
    results.append(await attempt("not swallowed by []", CM("g", ret=[]), ZeroDivisionError("z")))
    results.append(await attempt("enter fails", CM("h", fail_enter=True)))
    results.append(await attempt("exit fails", CM("i", fail_exit=True)))
    results.append(await attempt("exit fails during error", CM("j", fail_exit=True), KeyError("orig")))
    print("nested:")
    try:
        async with CM("outer", ret=True):
            async with CM("inner"):
                raise IndexError("deep")
        print("  outer swallowed it")
    except IndexError:
        print("  not reached")
    return results


print(run(main()))
