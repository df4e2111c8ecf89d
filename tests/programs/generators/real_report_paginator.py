# Realistic: a text-wrapping, paginating report generator assembled from generator stages.
TEXT = """Generators are functions that can pause. Each yield hands a value to the caller and freezes the
function's local state until the next request arrives. This makes them a natural fit for pipelines:
each stage pulls from the previous one only when it needs more input.

A report writer is a good example. Paragraphs are split into words, words are packed into lines of a
fixed width, lines are grouped into pages, and every page receives a header and a footer with its
number. Nothing is materialized until the final consumer asks for it.

Short paragraph.

Supercalifragilisticexpialidocious-is-a-very-long-token-that-does-not-fit-anywhere and must be split."""

def paragraphs(text):
    para = []
    for line in text.splitlines():
        if line.strip():
            para.append(line.strip())
        elif para:
            yield " ".join(para)
            para = []
    if para:
        yield " ".join(para)

def words(paragraph, width):
    for w in paragraph.split():
        while len(w) > width:
            yield w[:width - 1] + "-"
            w = w[width - 1:]
        yield w

def wrap(paragraph, width):
    line = ""
    for w in words(paragraph, width):
        if not line:
            line = w
        elif len(line) + 1 + len(w) <= width:
            line += " " + w
        else:
            yield line
            line = w
    if line:
        yield line

def justify(lines, width):
    lines = list(lines)
    for i, line in enumerate(lines):
        gaps = line.count(" ")
        if i == len(lines) - 1 or gaps == 0:
            yield line.ljust(width)
            continue
        words_ = line.split(" ")
        extra = width - len(line.replace(" ", ""))
        out = ""
        for j, w in enumerate(words_[:-1]):
            spaces = extra // gaps + (1 if j < extra % gaps else 0)
            out += w + " " * spaces
        yield out + words_[-1]

def body_lines(text, width):
    first = True
    for para in paragraphs(text):
        if not first:
            yield ""
        first = False
        yield from justify(wrap(para, width), width)

def pages(lines, height):
    page = []
    for line in lines:
        page.append(line)
        if len(page) == height:
            yield page
            page = []
    if page:
        yield page

def render(text, width=40, height=6, title="REPORT"):
    all_pages = list(pages(body_lines(text, width), height))
    total = len(all_pages)
    for number, page in enumerate(all_pages, 1):
        yield "+" + "-" * (width + 2) + "+"
        yield "| " + title.center(width) + " |"
        yield "+" + "-" * (width + 2) + "+"
        for line in page:
            yield "| " + line.ljust(width) + " |"
        for _ in range(height - len(page)):
            yield "| " + " " * width + " |"
        yield "+" + f" page {number}/{total} ".center(width + 2, "-") + "+"

for out in render(TEXT):
    print(out)
narrow = list(body_lines(TEXT, 18))
print(len(narrow), max(len(l) for l in narrow), sum(1 for l in narrow if not l.strip()))
print(next(pages(body_lines(TEXT, 25), 3)))
print(list(words("abcdefghij", 4)))
