# Render rows as a markdown table with alignment and column widths.
def render(headers, rows, align=None):
    align = align or ["left"] * len(headers)
    cells = [[str(h) for h in headers]]
    for row in rows:
        if len(row) != len(headers):
            raise ValueError(f"row {row!r} has {len(row)} cells, expected {len(headers)}")
        cells.append([fmt_cell(v) for v in row])
    widths = [max([len(r[i]) for r in cells] + [3]) for i in range(len(headers))]

    def line(r):
        parts = []
        for text, w, a in zip(r, widths, align):
            if a == "right":
                parts.append(text.rjust(w))
            elif a == "center":
                parts.append(text.center(w))
            else:
                parts.append(text.ljust(w))
        return "| " + " | ".join(parts) + " |"

    sep = []
    for w, a in zip(widths, align):
        if a == "right":
            sep.append("-" * (w - 1) + ":")
        elif a == "center":
            sep.append(":" + "-" * (w - 2) + ":")
        elif a == "left":
            sep.append("-" * w)
        else:
            raise ValueError("unknown alignment %r" % a)
    out = [line(cells[0]), "| " + " | ".join(sep) + " |"]
    out.extend([line(r) for r in cells[1:]])
    return "\n".join(out)


def fmt_cell(v):
    match v:
        case None:
            return "-"
        case bool():
            return "yes" if v else "no"
        case int():
            return f"{v:,}"
        case float():
            return f"{v:.2f}"
        case [*items]:
            return ", ".join([fmt_cell(x) for x in items])
        case str() if "|" in v:
            return v.replace("|", "\\|")
        case _:
            return str(v)


planets = [("Mercury", 0.387, 4879, False, None), ("Venus", 0.723, 12104, False, None),
           ("Earth", 1.0, 12756, True, ["Moon"]), ("Mars", 1.524, 6792, False, ["Phobos", "Deimos"]),
           ("Jupiter", 5.203, 142984, False, 95)]
print(render(["Planet", "AU", "Diameter km", "Home", "Moons"], planets,
             ["left", "right", "right", "center", "left"]))
print()
scores = {"ann": [90, 85, 77], "bob": [60, 70, 80], "cy|d": [100, 99, 98]}
rows = [(name, *marks, sum(marks) / len(marks)) for name, marks in sorted(scores.items())]
rows.sort(key=lambda r: -r[-1])
print(render(["name", "t1", "t2", "t3", "avg"], rows, ["left", "center", "center", "center", "right"]))
print()
print(render(["a"], [[""], ["x"]]))
for bad_rows, al in [([(1, 2, 3)], None), ([(1, 2)], ["left", "justify"])]:
    try:
        render(["x", "y"], bad_rows, al)
    except ValueError as e:
        print("ValueError:", e)
