# Full text justification, centering and column layout.
TEXT = ("Python is a programming language that lets you work quickly and integrate systems more "
        "effectively. It is used for web development, data analysis, artificial intelligence, "
        "scientific computing and as a glue language in many projects around the world.")


def justify(words, width):
    lines, current, length = [], [], 0
    for w in words:
        if current and length + len(current) + len(w) > width:
            lines.append((current, length))
            current, length = [], 0
        current.append(w)
        length += len(w)
    if current:
        lines.append((current, length))
    out = []
    for i, (ws, total) in enumerate(lines):
        if i == len(lines) - 1 or len(ws) == 1:
            out.append(" ".join(ws).ljust(width))
            continue
        gaps = len(ws) - 1
        spaces = width - total
        q, r = divmod(spaces, gaps)
        line = ""
        for j, w in enumerate(ws[:-1]):
            line += w + " " * (q + (1 if j < r else 0))
        out.append(line + ws[-1])
    return out


for width in (30, 45):
    print(f"--- width {width} ---")
    for line in justify(TEXT.split(), width):
        print(f"|{line}|")

print("--- centered ---")
for line in justify(TEXT.split()[:12], 26):
    print(f"[{line.strip().center(30)}]")

print("--- right aligned ---")
for line in justify(TEXT.split()[:10], 20):
    print(f"[{line.strip():>24}]")


def columns(words, ncols, gap=2):
    rows = (len(words) + ncols - 1) // ncols
    cols = [words[c * rows:(c + 1) * rows] for c in range(ncols)]
    widths = [max([len(w) for w in col], default=0) for col in cols]
    out = []
    for r in range(rows):
        cells = []
        for c, col in enumerate(cols):
            if r < len(col):
                cells.append(col[r].ljust(widths[c]))
        out.append((" " * gap).join(cells).rstrip())
    return out


print("--- columns ---")
vocab = sorted(set([w.strip(".,").lower() for w in TEXT.split()]))
for line in columns(vocab, 4):
    print(line)

# hyphenation-free truncation with ellipsis
def truncate(s, n):
    return s if len(s) <= n else s[:max(0, n - 1)].rstrip() + "…"

for n in (0, 1, 5, 10, 200):
    print(n, repr(truncate(TEXT, n))[:60])
