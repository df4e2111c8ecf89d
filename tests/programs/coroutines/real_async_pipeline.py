# An async pipeline of async generators over an in-program dataset: read, parse, filter, batch, aggregate.

RAW = """\
2024-01-01,north,widget,3,2.50
2024-01-01,south,gadget,1,10.00
2024-01-02,north,gadget,2,10.00
bad line here
2024-01-02,east,widget,5,2.50
2024-01-03,south,widget,-1,2.50
2024-01-03,north,gizmo,4,7.25
2024-01-04,east,gadget,3,10.00
2024-01-04,west,gizmo,1,7.25
2024-01-05,north,widget,10,2.40
,,,,
2024-01-05,south,gizmo,2,7.25
"""


class Yield:
    def __await__(self):
        yield "io"


def run(coro):
    switches = 0
    try:
        while True:
            coro.send(None)
            switches += 1
    except StopIteration as e:
        return e.value, switches


async def read_lines(text, chunk=40):
    buf = ""
    for start in range(0, len(text), chunk):
        await Yield()
        buf += text[start:start + chunk]
        while "\n" in buf:
            line, buf = buf.split("\n", 1)
            yield line
    if buf:
        yield buf


rejected = []


async def parse(lines):
    async for n, line in enumerate_async(lines):
        parts = line.split(",")
        try:
            day, region, product, qty, price = parts
            rec = {"day": day, "region": region, "product": product,
                   "qty": int(qty), "price": float(price), "line": n}
        except ValueError as e:
            rejected.append((n, type(e).__name__))
            continue
        yield rec


async def enumerate_async(agen, start=1):
    n = start
    async for x in agen:
        yield n, x
        n += 1


async def valid(records):
    async for r in records:
        if r["qty"] <= 0:
            rejected.append((r["line"], "non-positive qty"))
            continue
        yield r


async def batched(records, size):
    batch = []
    async for r in records:
        batch.append(r)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


async def aggregate(batches):
    by_region = {}
    by_product = {}
    count = 0
    async for b in batches:
        await Yield()
        print("batch of", len(b), "lines", [r["line"] for r in b])
        for r in b:
            amount = r["qty"] * r["price"]
            by_region[r["region"]] = by_region.get(r["region"], 0) + amount
            by_product[r["product"]] = by_product.get(r["product"], 0) + r["qty"]
            count += 1
    return count, by_region, by_product


async def main():
    pipeline = batched(valid(parse(read_lines(RAW))), 3)
    count, regions, products = await aggregate(pipeline)
    print("records", count)
    for region in sorted(regions):
        print(f"  {region:6} {regions[region]:8.2f}")
    top = sorted(products.items(), key=lambda kv: (-kv[1], kv[0]))
    print("products", top)
    print("rejected", rejected)
    days = sorted({r["day"] async for r in valid(parse(read_lines(RAW)))})
    return days


print(run(main()))
