# A sales report: parse records, aggregate per region and product, print aligned tables.
RAW = """
# region   | product      | units | unit_price
North      | Widget       |  120  | 2.50
North      | Gadget       |   15  | 19.99
South      | Widget       |  300  | 2.45
South      | Doohickey    |    7  | 149.00
East       | Gadget       |   42  | 18.75
East       | Widget       |   88  | 2.60
West       | Thingamajig  |    3  | 1249.99
North      | Doohickey    |   11  | 155.50
South      | Gadget       |   60  | 19.25
West       | Widget       | 1024  | 2.39
"""


def parse(text):
    rows = []
    for line in text.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        region, product, units, price = [part.strip() for part in line.split("|")]
        rows.append({"region": region, "product": product, "units": int(units), "price": float(price)})
    return rows


def order(keys):
    # insertion sort, since the report must be stable and deterministic
    out = []
    for k in keys:
        out.append(k)
        j = len(out) - 1
        while j > 0 and out[j - 1] > k:
            out[j] = out[j - 1]
            j -= 1
        out[j] = k
    return out


rows = parse(RAW)
by_region = {}
by_product = {}
grand = 0.0
for r in rows:
    revenue = r["units"] * r["price"]
    r["revenue"] = revenue
    grand += revenue
    by_region[r["region"]] = by_region.get(r["region"], 0.0) + revenue
    by_product[r["product"]] = by_product.get(r["product"], 0) + r["units"]

title = "Quarterly Sales Report"
line = "=" * 58
print(line)
print(title.center(58))
print(line)
header = "{:<8} {:<12} {:>6} {:>10} {:>14}".format("Region", "Product", "Units", "Price", "Revenue")
print(header)
print("-" * len(header))
for r in rows:
    print("{region:<8} {product:<12} {units:>6,d} {price:>10.2f} {revenue:>14,.2f}".format(**r))
print("-" * len(header))
print("{:<34}{:>24,.2f}".format("TOTAL", grand))
print()
print("Revenue by region")
for region in order(list(by_region)):
    share = by_region[region] / grand
    bar = "#" * int(share * 40 + 0.5)
    print("  %-6s %12s  %6.1f%%  %s" % (region, format(by_region[region], ",.2f"), share * 100, bar))
print()
print("Units by product")
for product in order(list(by_product)):
    print(f"  {product:.<20}{by_product[product]:.>8,}")
best = max(rows, key=lambda r: r["revenue"])
worst = min(rows, key=lambda r: r["revenue"])
print()
print(f"Best line:  {best['region']}/{best['product']} at {best['revenue']:,.2f}")
print(f"Worst line: {worst['region']}/{worst['product']} at {worst['revenue']:,.2f}")
print(f"Average revenue per line: {grand / len(rows):>12,.3f}")
print(f"Lines above average: {sum([1 for r in rows if r['revenue'] > grand / len(rows)]):02d} of {len(rows)}")
