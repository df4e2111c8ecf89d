# A text statistics report: word frequencies, sentence lengths, a character histogram.
TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair. We had everything before us, we had nothing before us;
we were all going direct to Heaven, we were all going direct the other way."""

STOP = {"the", "of", "it", "was", "we", "to", "us", "all", "had"}


def words(text):
    out = []
    for raw in text.split():
        word = raw.strip(".,;:!?\"'").lower()
        if word:
            out.append(word)
    return out


def frequencies(items):
    counts = {}
    for item in items:
        counts[item] = counts.get(item, 0) + 1
    return counts


all_words = words(TEXT)
counts = frequencies(all_words)
interesting = {w: n for w, n in counts.items() if w not in STOP}
top = sorted(interesting.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
print(f"{len(all_words)} words, {len(counts)} distinct, {len(interesting)} after stop words")
width = max([len(w) for w, _ in top])
for word, n in top:
    print(f"{word:>{width}} {'#' * n} {n}")

sentences = [s.strip() for s in TEXT.replace(";", ".").split(".") if s.strip()]
lengths = [len(s.split()) for s in sentences]
print("sentences:", len(sentences), "lengths:", lengths, "mean: %.2f" % (sum(lengths) / len(lengths)))

letters = frequencies([ch for ch in TEXT.lower() if ch.isalpha()])
vowels = sum([n for ch, n in letters.items() if ch in "aeiou"])
print(f"letters: {sum(letters.values())}, vowels: {vowels} ({vowels / sum(letters.values()):.1%})")
for ch in sorted(letters, key=lambda c: -letters[c])[:5]:
    print(ch, letters[ch], "*" * (letters[ch] // 5))
longest = max(all_words, key=len)
print("longest word:", longest, len(longest), "| capitalized:", sorted({w for w in TEXT.split() if w[0].isupper()}))
