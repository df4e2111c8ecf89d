# Realistic: CSV-like table processing with generator stages and hand-written groupby/sort helpers.
DATA = """region,product,quarter,units,price
north,widget,Q1,120,2.50
north,gadget,Q1,15,19.99
south,widget,Q1,80,2.50
south,gizmo,Q2,40,7.25
north,widget,Q2,130,2.45
east,gadget,Q2,22,18.50
south,widget,Q2,95,2.55
east,widget,Q3,60,2.60
north,gizmo,Q3,,7.00
west,gadget,Q3,5,21.00
north,gadget,Q4,18,19.00
east,gizmo,Q4,33,7.10
south,gadget,Q4,9,20.00
"""

def read_csv(text, sep=","):
    lines = iter(text.strip().splitlines())
    header = next(lines).split(sep)
    for number, line in enumerate(lines, 2):
        cells = line.split(sep)
        if len(cells) != len(header):
            raise ValueError(f"line {number}: expected {len(header)} cells")
        yield dict(zip(header, cells))

def convert(rows, **types):
    for row in rows:
        out = dict(row)
        try:
            for col, fn in types.items():
                out[col] = fn(row[col])
        except ValueError:
            print("  skipping bad row:", row)
            continue
        yield out

def derive(rows, **formulas):
    for row in rows:
        row = dict(row)
        for col, fn in formulas.items():
            row[col] = fn(row)
        yield row

def select(rows, *cols):
    for row in rows:
        yield {c: row[c] for c in cols}

def where(rows, pred):
    return (r for r in rows if pred(r))

def sort_by(rows, *keys, reverse=False):
    yield from sorted(rows, key=lambda r: tuple(r[k] for k in keys), reverse=reverse)

def group_by(rows, *keys):
    current, bucket = None, []
    for row in sort_by(rows, *keys):
        k = tuple(row[key] for key in keys)
        if bucket and k != current:
            yield current, bucket
            bucket = []
        current = k
        bucket.append(row)
    if bucket:
        yield current, bucket

def aggregate(groups, **aggs):
    for key, rows in groups:
        result = dict(zip(("key",), (key,)))
        for name, (col, fn) in aggs.items():
            result[name] = fn(r[col] for r in rows)
        yield result

def mean(values):
    values = list(values)
    return round(sum(values) / len(values), 2)

def fmt_table(rows, cols):
    rows = list(rows)
    widths = {c: max(len(c), *(len(str(r[c])) for r in rows)) for c in cols}
    yield " | ".join(c.ljust(widths[c]) for c in cols)
    yield "-+-".join("-" * widths[c] for c in cols)
    for r in rows:
        yield " | ".join(str(r[c]).rjust(widths[c]) for c in cols)

def clean():
    rows = convert(read_csv(DATA), units=int, price=float)
    return derive(rows, revenue=lambda r: round(r["units"] * r["price"], 2))

print("\n".join(fmt_table(select(sort_by(clean(), "revenue", reverse=True), "region", "product", "revenue"),
                          ["region", "product", "revenue"])))
print()
by_region = aggregate(group_by(clean(), "region"), revenue=("revenue", lambda v: round(sum(v), 2)),
                      items=("units", sum), avg_price=("price", mean))
for row in by_region:
    print(row)
print()
for (product, quarter), rows in group_by(where(clean(), lambda r: r["units"] >= 20), "product", "quarter"):
    print(product, quarter, [r["region"] for r in rows])
top = next(sort_by(clean(), "units", reverse=True))
print("top seller:", top["region"], top["product"], top["units"])
pivot = {}
for row in clean():
    pivot.setdefault(row["product"], {}).setdefault(row["quarter"], 0)
    pivot[row["product"]][row["quarter"]] += row["units"]
quarters = ["Q1", "Q2", "Q3", "Q4"]
print("product " + " ".join(f"{q:>4}" for q in quarters))
for product in sorted(pivot):
    print(f"{product:7} " + " ".join(f"{pivot[product].get(q, 0):>4}" for q in quarters))
try:
    list(read_csv("a,b\n1,2\n3"))
except ValueError as e:
    print("error:", e)
