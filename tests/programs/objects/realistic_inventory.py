# Inventory system: items with __eq__/__hash__, stock container with dunders, orders and restocking.
class Item:
    __slots__ = ("sku", "name", "price")

    def __init__(self, sku, name, price):
        self.sku, self.name, self.price = sku, name, price

    def __eq__(self, other):
        return isinstance(other, Item) and self.sku == other.sku

    def __hash__(self):
        return hash(self.sku)

    def __repr__(self):
        return f"{self.name}[{self.sku}]"


class OutOfStock(Exception):
    def __init__(self, item, wanted, have):
        super().__init__(f"{item.name}: wanted {wanted}, have {have}")
        self.item, self.wanted, self.have = item, wanted, have


class Inventory:
    def __init__(self):
        self._stock = {}
        self.log = []

    def __getitem__(self, item):
        return self._stock.get(item, 0)

    def __setitem__(self, item, qty):
        if qty < 0:
            raise ValueError(f"negative stock for {item!r}")
        if qty == 0:
            self._stock.pop(item, None)
        else:
            self._stock[item] = qty

    def __delitem__(self, item):
        del self._stock[item]

    def __contains__(self, item):
        return self[item] > 0

    def __len__(self):
        return len(self._stock)

    def __iter__(self):
        return iter(sorted(self._stock, key=lambda i: i.sku))

    def __iadd__(self, pair):
        item, qty = pair
        self[item] += qty
        self.log.append(f"+{qty} {item.sku}")
        return self

    def __isub__(self, pair):
        item, qty = pair
        have = self[item]
        if qty > have:
            raise OutOfStock(item, qty, have)
        self[item] = have - qty
        self.log.append(f"-{qty} {item.sku}")
        return self

    def value(self):
        return round(sum([i.price * q for i, q in self._stock.items()]), 2)

    def low_stock(self, threshold):
        return [i for i in self if self[i] < threshold]

    def __repr__(self):
        return "Inventory(" + ", ".join([f"{i.sku}={self[i]}" for i in self]) + ")"


class Order:
    def __init__(self, *lines):
        self.lines = list(lines)

    def total(self):
        return round(sum([item.price * qty for item, qty in self.lines]), 2)

    def fulfil(self, inv):
        taken = []
        try:
            for item, qty in self.lines:
                inv -= (item, qty)
                taken.append((item, qty))
        except OutOfStock:
            for item, qty in taken:
                inv += (item, qty)
            raise
        return inv


widget = Item("W1", "widget", 2.5)
gadget = Item("G7", "gadget", 10.0)
doohickey = Item("D3", "doohickey", 0.75)
inv = Inventory()
inv += (widget, 10)
inv += (gadget, 3)
inv += (doohickey, 40)
inv += (Item("W1", "widget-dup", 99), 5)
print(inv, len(inv), inv.value())
print(inv[widget], gadget in inv, Item("ZZ", "none", 1) in inv)
order = Order((widget, 4), (gadget, 2))
print("order total", order.total())
inv = order.fulfil(inv)
print(inv, inv.low_stock(5))
try:
    Order((doohickey, 5), (gadget, 2)).fulfil(inv)
except OutOfStock as e:
    print("OutOfStock:", e, e.wanted - e.have)
print(inv)
inv[gadget] = 0
print(gadget in inv, len(inv), list(inv))
try:
    inv[widget] = -1
except ValueError as e:
    print("ValueError:", e)
try:
    del inv[gadget]
except KeyError as e:
    print("KeyError:", e)
del inv[doohickey]
print(inv, inv.value())
print(inv.log)
print({widget: "a", Item("W1", "other", 0): "b"}, widget == Item("W1", "x", 0), widget == "W1")
