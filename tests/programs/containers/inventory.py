# A small warehouse inventory: dicts of lists, restocking, orders and reports.
def sort_by(items, key, reverse=False):
    out = list(items)
    out.sort(key=key, reverse=reverse)
    return out


inventory = {}


def add_item(sku, name, qty, price, tags):
    inventory[sku] = {"name": name, "qty": qty, "price": price, "tags": list(tags), "history": []}


add_item("A100", "widget", 40, 2.5, ["metal", "small"])
add_item("B200", "gadget", 5, 12.0, ["plastic"])
add_item("C300", "doohickey", 0, 7.25, ["metal", "large"])
add_item("D400", "gizmo", 18, 3.75, ["plastic", "small"])


def restock(sku, qty):
    item = inventory.get(sku)
    if item is None:
        raise KeyError(sku)
    item["qty"] += qty
    item["history"].append(("restock", qty))


def order(lines):
    missing = [sku for sku, qty in lines if inventory.get(sku, {"qty": 0})["qty"] < qty]
    if missing:
        return ("rejected", missing)
    total = 0.0
    for sku, qty in lines:
        item = inventory[sku]
        item["qty"] -= qty
        item["history"].append(("order", qty))
        total += qty * item["price"]
    return ("ok", total)


restock("C300", 12)
print(order([("A100", 10), ("D400", 3)]))
print(order([("B200", 6), ("A100", 1), ("Z999", 1)]))
print(order([("B200", 5)]))
try:
    restock("nope", 1)
except KeyError as e:
    print("KeyError", e)

by_tag = {}
for sku, item in inventory.items():
    for tag in item["tags"]:
        by_tag.setdefault(tag, []).append(sku)
for tag in sort_by(by_tag, key=lambda t: t):
    print(tag, by_tag[tag])

low = {sku for sku, item in inventory.items() if item["qty"] < 10}
print("low stock:", sort_by(low, key=lambda s: s))
value = {sku: item["qty"] * item["price"] for sku, item in inventory.items()}
for sku in sort_by(value, key=lambda s: value[s], reverse=True):
    print(sku, inventory[sku]["name"], inventory[sku]["qty"], value[sku])
print(sum(value.values()), max(value, key=lambda s: value[s]), min(value.values()))
history = [(sku, event) for sku, item in inventory.items() for event in item["history"]]
print(history)
counts = {}
for sku, (kind, qty) in history:
    counts[kind] = counts.get(kind, 0) + qty
print(counts, list(counts.keys()), list(counts.values()))
removed = inventory.pop("B200")
print(removed["name"], len(inventory), "B200" in inventory, list(inventory))
snapshot = {sku: dict(item) for sku, item in inventory.items()}
snapshot["A100"]["qty"] = -1
print(inventory["A100"]["qty"], snapshot["A100"]["qty"], snapshot["A100"]["tags"] is inventory["A100"]["tags"])
