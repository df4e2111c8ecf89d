# Word and character statistics of a text, printed as aligned tables (str methods with builtins)
TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair. Caf\u00e9s na\u00efvely served cr\u00e8me br\u00fbl\u00e9e \u2014 \u00bfverdad?"""

words = [w.strip(".,?\u00bf\u2014").casefold() for w in TEXT.split()]
words = [w for w in words if w]
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
ranked = sorted(counts, key=lambda w: (-counts[w], w))
print(f"{'rank':>4}  {'word':<12}{'count':>6}  {'share':>7}  bar")
for i, w in enumerate(ranked[:10], 1):
    share = counts[w] / len(words)
    print(f"{i:>4}  {w:<12}{counts[w]:>6}  {share:>7.2%}  {'#' * counts[w]}")
print()
lines = TEXT.splitlines()
for n, (line, next_line) in enumerate(zip(lines, lines[1:] + [""]), 1):
    print("%2d %-3s %3d chars %2d words | %s..." % (n, "*" if next_line else "", len(line), len(line.split()), line[:24].rstrip()))
letters = {}
for ch in TEXT.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
top = sorted(letters, key=lambda k: (-letters[k], k))[:8]
print(" ".join(["{}={:<3d}".format(k, letters[k]) for k in top]))
print("non-ascii:", sorted({c for c in TEXT if not c.isascii()}), "title words:", sum([1 for w in TEXT.split() if w.istitle()]))
longest = max(words, key=lambda w: (len(w), w))
print(f"longest={longest!r} ({len(longest)}), avg={sum(map(len, words)) / len(words):.3f}, unique={len(counts)}/{len(words)}")
print("{:=^60}".format(" acrostic "), "".join([line[0] for line in lines]).upper(), hash("x") == hash("x"))
