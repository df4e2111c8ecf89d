# async with: order of __aenter__/__aexit__, nesting, several items, values bound with as.


class Pause:
    def __init__(self, log, tag):
        self.log = log
        self.tag = tag

    def __await__(self):
        self.log.append(f"suspend {self.tag}")
        yield self.tag


class CM:
    def __init__(self, name, log):
        self.name = name
        self.log = log

    async def __aenter__(self):
        self.log.append(f"enter {self.name}")
        await Pause(self.log, "aenter " + self.name)
        return self.name.upper()

    async def __aexit__(self, et, ev, tb):
        self.log.append(f"exit {self.name} {et.__name__ if et else None} {tb is not None}")
        await Pause(self.log, "aexit " + self.name)
        return False


def run(coro):
    count = 0
    try:
        while True:
            coro.send(None)
            count += 1
    except StopIteration as e:
        return e.value, count


async def single(log):
    async with CM("a", log) as a:
        log.append(f"body {a}")
    return "single"


async def nested(log):
    async with CM("outer", log) as o:
        async with CM("inner", log) as i:
            log.append(f"body {o} {i}")
        log.append("between")
    return "nested"


async def multi(log):
    async with CM("x", log) as x, CM("y", log) as y, CM("z", log):
        log.append(f"body {x}{y}")
    return "multi"


async def early_return(log):
    for i in range(3):
        async with CM(f"loop{i}", log):
            if i == 1:
                return "returned inside"
            log.append(f"continue {i}")
            continue


async def with_break(log):
    while True:
        async with CM("w", log):
            break
    return "broke"


for fn in (single, nested, multi, early_return, with_break):
    log = []
    print(fn.__name__, run(fn(log)))
    for line in log:
        print("   ", line)
