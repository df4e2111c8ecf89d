# Warehouse inventory with validation and error handling.
inventory = {}
log = []


def add_item(sku, name, qty, price):
    if not isinstance(qty, int) or qty < 0:
        raise ValueError(f"bad quantity {qty!r} for {sku}")
    if price <= 0:
        raise ValueError("price must be positive, got %.2f" % price)
    if sku in inventory:
        raise KeyError(sku)
    inventory[sku] = {"name": name, "qty": qty, "price": price}
    log.append(("add", sku, qty))


def remove_stock(sku, qty):
    try:
        item = inventory[sku]
    except KeyError as e:
        raise LookupError(f"unknown sku {sku}") from e
    if qty > item["qty"]:
        raise RuntimeError(f"insufficient stock for {sku}: have {item['qty']}, need {qty}")
    item["qty"] -= qty
    log.append(("remove", sku, qty))
    return item["qty"]


def total_value():
    return sum([v["qty"] * v["price"] for v in inventory.values()])


def attempt(desc, fn, *args):
    try:
        result = fn(*args)
    except (ValueError, KeyError, LookupError, RuntimeError) as e:
        cause = e.__cause__
        extra = f" (caused by {type(cause).__name__}: {cause})" if cause else ""
        print(f"{desc:<22} FAILED {type(e).__name__}: {e}{extra}")
    else:
        print(f"{desc:<22} ok -> {result}")
    finally:
        log.append(("attempt", desc))


attempt("add widget", add_item, "W1", "widget", 10, 2.5)
attempt("add gadget", add_item, "G7", "gadget", 3, 19.99)
attempt("add dup widget", add_item, "W1", "widget", 1, 2.5)
attempt("add negative", add_item, "X0", "broken", -4, 1.0)
attempt("add free", add_item, "F0", "free", 1, 0)
attempt("add bolt", add_item, "B2", "bolt", 250, 0.05)
attempt("remove widgets", remove_stock, "W1", 4)
attempt("remove too many", remove_stock, "G7", 5)
attempt("remove unknown", remove_stock, "ZZ", 1)
attempt("remove bolts", remove_stock, "B2", 100)

print()
print(f"{'SKU':<4}|{'Name':^10}|{'Qty':>5}|{'Price':>8}|{'Value':>9}")
print("-" * 40)
for sku in sorted(inventory):
    it = inventory[sku]
    print(f"{sku:<4}|{it['name']:^10}|{it['qty']:>5}|{it['price']:>8.2f}|{it['qty'] * it['price']:>9.2f}")
print("-" * 40)
print(f"total value: {total_value():.2f}")
print("log entries:", len(log))
kinds = {}
for entry in log:
    kinds[entry[0]] = kinds.get(entry[0], 0) + 1
print(sorted(kinds.items()))
low = [sku for sku, it in sorted(inventory.items()) if it["qty"] < 10]
print("low stock:", low)
