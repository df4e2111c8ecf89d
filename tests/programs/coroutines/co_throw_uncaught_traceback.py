# An exception thrown into a suspended coroutine chain with throw() and never caught: the traceback
# lists the caller, every await on the way down, and the innermost __await__ generator.


class Wait:
    def __await__(self):
        yield "waiting"


async def fetch(url):
    await Wait()
    return f"body of {url}"


async def crawl(urls):
    pages = []
    for u in urls:
        pages.append(await fetch(u))
    return pages


async def main():
    return await crawl(["a", "b", "c"])


c = main()
print(c.send(None))
print(c.send(None))
c.throw(TimeoutError("request took too long"))
