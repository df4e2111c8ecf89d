# A small template engine on str.format / format_map: sections, loops, filters and escapes.
TEMPLATE = """\
Dear {customer[name]},

Thank you for order #{order_id:06d} placed on {date}.
{{% for item in items %}}
  {qty:>3} x {name:<18} @ {price:>8.2f} = {total:>9,.2f}
{{% endfor %}}
{{% if discount %}}
  Discount ({discount:.0%}):{saving:>37,.2f}
{{% endif %}}
  {rule}
  Total due:{grand:>40,.2f}

Shipping to: {customer[address][0]}, {customer[address][1]!s}
Reference: {ref!r}  Braces stay: {{like this}}
"""


def split_blocks(template):
    # returns a list of (kind, text) where kind is 'text', 'for' or 'if'
    blocks = []
    rest = template
    while True:
        start = rest.find("{% ")
        if start < 0:
            blocks.append(("text", rest))
            return blocks
        blocks.append(("text", rest[:start]))
        tag_end = rest.find(" %}", start)
        tag = rest[start + 3:tag_end]
        kind = tag.split()[0]
        close = "{% end" + kind + " %}"
        body_end = rest.find(close, tag_end)
        body = rest[tag_end + 3:body_end]
        blocks.append((kind, body.strip("\n") + "\n"))
        rest = rest[body_end + len(close):].removeprefix("\n")


def render(template, context):
    # first pass: unescape the block tags so that split_blocks can see them
    source = template.replace("{{%", "{%").replace("%}}", "%}")
    out = []
    for kind, text in split_blocks(source):
        if kind == "text":
            out.append(text.format_map(context))
        elif kind == "for":
            for item in context["items"]:
                row = {}
                for k in item:
                    row[k] = item[k]
                row["total"] = item["qty"] * item["price"]
                out.append(text.format(**row))
        elif kind == "if":
            if context["discount"]:
                out.append(text.format_map(context))
    return "".join(out)


items = [
    {"name": "Espresso beans", "qty": 2, "price": 14.5},
    {"name": "Grinder (manual)", "qty": 1, "price": 89.99},
    {"name": "Filter papers", "qty": 12, "price": 0.35},
    {"name": "Caf\u00e9 mug", "qty": 4, "price": 7.25},
]
subtotal = sum([i["qty"] * i["price"] for i in items])
for discount in [0.1, 0]:
    saving = subtotal * discount
    context = {
        "customer": {"name": "Dr. \u00c5sa Lindstr\u00f6m", "address": ["12 Harbour St", "Gothenburg"]},
        "order_id": 4217, "date": "2024-03-09", "items": items, "discount": discount,
        "saving": -saving, "grand": subtotal - saving, "rule": "-" * 50, "ref": "A/B'7",
    }
    print(render(TEMPLATE, context))

print("{0:-^30}".format(" summary "))
for label, value in [("items", len(items)), ("subtotal", subtotal), ("average", subtotal / len(items))]:
    print("{:<10}|{!s:>19}|".format(label, format(value, ",.3f") if isinstance(value, float) else value))
