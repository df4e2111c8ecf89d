# An exception raised by __aexit__ while another exception is propagating ends the program;
# the traceback shows the chained context ("During handling ...") and the last line is the new error.


class Tick:
    def __await__(self):
        yield "tick"


class Transaction:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print("begin", self.name)
        await Tick()
        return self

    async def __aexit__(self, et, ev, tb):
        await Tick()
        print("rollback" if et else "commit", self.name)
        if et is not None:
            raise RuntimeError(f"rollback of {self.name} failed")


async def transfer(amount):
    async with Transaction(f"transfer {amount}"):
        if amount > 100:
            raise ValueError("amount too large")
        return amount


async def main():
    print(await transfer(50))
    print(await transfer(500))


c = main()
try:
    while True:
        c.send(None)
except StopIteration:
    pass
