# A word-wrap and justify utility: greedy wrapping, full justification, centering, indentation.
TEXT = """The quick brown fox jumps over the lazy dog. Pack my box with five dozen
liquor jugs!   How vexingly quick daft zebras jump;   the five boxing wizards jump quickly.

Sphinx of black quartz, judge my vow. Supercalifragilisticexpialidocious words are
longer than some lines and must stand alone. Caf\u00e9 na\u00efve r\u00e9sum\u00e9 \u00fcber stra\u00dfe.

\tTabs\tand\ttrailing   spaces   are   normalized.   """


def paragraphs(text):
    paras = []
    current = []
    for line in text.expandtabs(4).splitlines():
        if line.strip():
            current.extend(line.split())
        elif current:
            paras.append(current)
            current = []
    if current:
        paras.append(current)
    return paras


def wrap(words, width):
    lines = []
    line = []
    length = 0
    for w in words:
        extra = len(w) if not line else len(w) + 1
        if line and length + extra > width:
            lines.append(line)
            line = [w]
            length = len(w)
        else:
            line.append(w)
            length += extra
    if line:
        lines.append(line)
    return lines


def justify(line, width):
    if len(line) == 1:
        return line[0].ljust(width)
    gaps = len(line) - 1
    spaces = width - sum([len(w) for w in line])
    out = ""
    for i in range(gaps):
        n = spaces // gaps + (1 if i < spaces % gaps else 0)
        out += line[i] + " " * n
    return out + line[-1]


for width in [30, 44]:
    rule = "+" + "-" * (width + 2) + "+"
    print(rule)
    print("| " + ("width %d" % width).center(width) + " |")
    print(rule)
    for words in paragraphs(TEXT):
        lines = wrap(words, width)
        for i in range(len(lines)):
            last = i == len(lines) - 1
            text = " ".join(lines[i]) if last else justify(lines[i], width)
            print("| " + text.ljust(width) + " |")
        print("| " + " " * width + " |")
    print(rule)

para = paragraphs(TEXT)[1]
print("\n".join(["    > " + " ".join(l) for l in wrap(para, 36)]))
print("\n".join([" ".join(l).rjust(40, ".") for l in wrap(para, 34)]))
print("\n".join([("%-40s|" % " ".join(l)).replace(" ", "_") for l in wrap(para, 40)[:2]]))
words = paragraphs(TEXT)[0]
longest = max(words, key=len)
print("longest word: %r (%d chars), words: %d, avg %.2f" % (longest, len(longest), len(words), sum([len(w) for w in words]) / len(words)))
print("title: " + " ".join(words[:6]).title().strip(".!"), "| swap: " + " ".join(words[:3]).swapcase())
