# Grouping, counting and inverting with dicts: setdefault, get, fromkeys, |, popitem.
sales = [
    ("north", "apples", 12), ("south", "pears", 7), ("north", "pears", 3),
    ("east", "apples", 9), ("south", "apples", 4), ("north", "apples", 5),
    ("east", "plums", 11), ("west", "pears", 8),
]

by_region = {}
for region, fruit, qty in sales:
    by_region.setdefault(region, []).append((fruit, qty))
for region in sorted(by_region):
    print(region, by_region[region])

totals = {}
for _, fruit, qty in sales:
    totals[fruit] = totals.get(fruit, 0) + qty
print(totals)

nested = {}
for region, fruit, qty in sales:
    nested.setdefault(region, {}).setdefault(fruit, 0)
    nested[region][fruit] += qty
print(nested)

# invert a mapping with collisions
color_of = {"apple": "red", "cherry": "red", "banana": "yellow", "lemon": "yellow", "lime": "green"}
by_color = {}
for fruit, color in color_of.items():
    by_color.setdefault(color, []).append(fruit)
print(by_color)
print({c: sorted(fs) for c, fs in sorted(by_color.items(), key=lambda kv: (-len(kv[1]), kv[0]))})

# fromkeys shares one value object
flags = dict.fromkeys(["a", "b", "c"], [])
flags["a"].append(1)
print(flags)
print(dict.fromkeys("xyz"), dict.fromkeys(range(3), 0))

# merge operators and update
defaults = {"color": "blue", "size": "M", "qty": 1}
override = {"size": "L", "gift": True}
print(defaults | override, override | defaults)
merged = dict(defaults)
merged.update(override, qty=5)
print(merged)
merged.update([("extra", 1), ("qty", 6)])
print(merged)

# popitem is LIFO, pop with default, del
stack = {"first": 1, "second": 2, "third": 3}
print(stack.popitem(), stack.popitem(), stack)
print(stack.pop("missing", "default"), stack.pop("first"), stack)
try:
    stack.popitem()
except KeyError as e:
    print("KeyError:", e)

# counting words, top-n with ties broken alphabetically
text = "the quick brown fox jumps over the lazy dog the fox barks dog runs quick"
counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:4]
print(top)

# histogram of word lengths
lengths = {}
for word in set(text.split()):
    lengths.setdefault(len(word), []).append(word)
for n in sorted(lengths):
    print(n, "#" * len(lengths[n]), sorted(lengths[n]))

# dict equality ignores order; keys of mixed numeric types collapse
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, {1: "int", 1.0: "float", True: "bool"})
print({(1, 2): "tuple key", frozenset({1}): "frozenset key"}[(1, 2)])

# dict views reflect changes
inv = {"x": 1}
keys = inv.keys()
items = inv.items()
inv["y"] = 2
print(list(keys), list(items), len(keys), "y" in keys, ("y", 2) in items)
