# A small data pipeline: parse raw records, clean, enrich, group and report with
# map/filter/sorted/zip/enumerate/min/max/sum/any/all.
RAW = [
    "2024-01-03,north,widget,12,2.50",
    "2024-01-03,south,gadget,3,10.00",
    "2024-01-04,north,gadget,,10.00",
    "2024-01-04,east,widget,7,2.50",
    "2024-01-05,south,widget,20,2.25",
    "bad line",
    "2024-01-05,west,doohickey,1,99.99",
    "2024-01-06,east,gadget,4,9.50",
    "2024-01-06,north,widget,15,2.50",
    "2024-01-07,west,gadget,2,10.00",
    "2024-01-07,south,doohickey,3,95.00",
]

def split(text, sep):
    parts = []
    current = ""
    for ch in text:
        if ch == sep:
            parts.append(current)
            current = ""
        else:
            current += ch
    parts.append(current)
    return parts

def parse(line):
    fields = split(line, ",")
    if len(fields) != 5 or fields[3] == "":
        return None
    date, region, product, qty, price = fields
    return (date, region, product, int(qty), float(price))

parsed = list(map(parse, RAW))
print("parsed:", len(parsed), "rejected:", sum(map(lambda r: r is None, parsed)))
records = list(filter(None, parsed))
print("valid records:", len(records))
print("all quantities positive:", all(map(lambda r: r[3] > 0, records)))
print("any bulk order:", any(map(lambda r: r[3] >= 20, records)))

revenues = list(map(lambda r: r[3] * r[4], records))
enriched = list(zip(records, revenues))
for i, (rec, rev) in enumerate(enriched, 1):
    print(i, rec[0], rec[1], rec[2], rec[3], rev)

by_region = {}
for rec, rev in enriched:
    by_region[rec[1]] = by_region.get(rec[1], 0.0) + rev
print("regions:", sorted(by_region))
ranking = sorted(by_region, key=lambda region: by_region[region], reverse=True)
for place, region in enumerate(ranking, start=1):
    print(place, region, by_region[region])

products = sorted(set(map(lambda r: r[2], records)))
for product in products:
    rows = list(filter(lambda pair: pair[0][2] == product, enriched))
    qty = sum(map(lambda pair: pair[0][3], rows))
    best = max(rows, key=lambda pair: pair[1])
    worst = min(rows, key=lambda pair: pair[1])
    print(product, "qty", qty, "orders", len(rows), "best", best[0][0], best[1], "worst", worst[0][0], worst[1])

total = sum(revenues)
print("total revenue:", total)
print("mean order:", total / len(revenues))
dates = sorted(set(map(lambda r: r[0], records)))
daily = [sum([rev for rec, rev in enriched if rec[0] == d]) for d in dates]
for d, amount, delta in zip(dates, daily, [0.0] + [b - a for a, b in zip(daily, daily[1:])]):
    print(d, amount, delta)
print("best day:", max(zip(daily, dates))[1], "quietest day:", min(zip(daily, dates))[1])
top3 = sorted(enriched, key=lambda pair: (-pair[1], pair[0][0]))[:3]
print("top 3:", [(rec[1], rec[2], rev) for rec, rev in top3])
