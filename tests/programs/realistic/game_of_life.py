# Conway's Game of Life on a set of live cells, with pattern detection and a bounded renderer.
def parse(picture):
    cells = set()
    for r, line in enumerate(picture.strip("\n").splitlines()):
        for c, ch in enumerate(line):
            if ch == "#":
                cells.add((r, c))
    return cells


def step(cells):
    counts = {}
    for r, c in cells:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    key = (r + dr, c + dc)
                    counts[key] = counts.get(key, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in cells)}


def bounds(cells):
    rows = [r for r, _ in cells]
    cols = [c for _, c in cells]
    return min(rows), min(cols), max(rows), max(cols)


def render(cells, box=None):
    if not cells:
        return ["(empty)"]
    r0, c0, r1, c1 = box or bounds(cells)
    return ["".join(["#" if (r, c) in cells else "." for c in range(c0, c1 + 1)]) for r in range(r0, r1 + 1)]


def normalize(cells):
    if not cells:
        return frozenset()
    r0, c0, _, _ = bounds(cells)
    return frozenset([(r - r0, c - c0) for r, c in cells])


def classify(cells, limit=40):
    seen = {normalize(cells): 0}
    positions = {normalize(cells): bounds(cells)[:2] if cells else None}
    for gen in range(1, limit + 1):
        cells = step(cells)
        key = normalize(cells)
        if not cells:
            return f"dies out at generation {gen}"
        if key in seen:
            period = gen - seen[key]
            moved = positions[key] != bounds(cells)[:2]
            kind = "spaceship" if moved else ("still life" if period == 1 else "oscillator")
            return f"{kind} with period {period} (first repeat at generation {gen})"
        seen[key] = gen
        positions[key] = bounds(cells)[:2]
    return "no repeat within limit"


PATTERNS = {
    "block": "##\n##",
    "blinker": "###",
    "glider": ".#.\n..#\n###",
    "beehive": ".##.\n#..#\n.##.",
    "toad": ".###\n###.",
    "r-pentomino": ".##\n##.\n.#.",
    "diehard-ish": "##\n#.",
    "lwss": ".#..#\n#....\n#...#\n####.",
}

for name, pic in PATTERNS.items():
    print(f"{name:<12} {classify(parse(pic))}")

glider = parse(PATTERNS["glider"])
box = (0, 0, 5, 5)
for gen in range(5):
    print(f"gen {gen}:", " ".join(render(glider, box)))
    glider = step(glider)

cells = parse(PATTERNS["r-pentomino"])
history = []
for gen in range(60):
    history.append(len(cells))
    cells = step(cells)
print("r-pentomino population:", history[::6], "after 60:", len(cells))
r0, c0, r1, c1 = bounds(cells)
print("bounding box after 60:", (r1 - r0 + 1, c1 - c0 + 1))

blinker = parse(PATTERNS["blinker"])
for line in render(step(blinker)):
    print(line)
print(render(set()))
print(bounds(set()))
