"""Word frequencies over deterministically generated text: str methods (split, strip, lower,
upper, join, replace, endswith), dict get/set and sorted with a key."""

import sys
import time

SYLLABLES = ["ka", "lo", "mi", "ren", "to", "sha", "vel", "dun", "qui", "per", "ax", "om",
             "tri", "bel", "nor", "es", "zu", "fin", "gal", "ho"]
PUNCTUATION = [",", ";", ":", "", "", "", "", ""]


class LCG:
    """A small linear congruential generator (no random module in the benchmark)."""

    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % bound


def make_vocabulary(rng, size):
    words = []
    seen = set()
    while len(words) < size:
        parts = [SYLLABLES[rng.next(len(SYLLABLES))] for _ in range(1 + rng.next(3))]
        word = "".join(parts)
        if word not in seen:
            seen.add(word)
            words.append(word)
    return words


def make_text(seed, sentences):
    rng = LCG(seed)
    vocab = make_vocabulary(rng, 600)
    lines = []
    for _ in range(sentences):
        length = 4 + rng.next(12)
        words = []
        for _ in range(length):
            # Skew towards the front of the vocabulary so some words are much more common.
            index = min(rng.next(len(vocab)), rng.next(len(vocab)))
            words.append(vocab[index] + PUNCTUATION[rng.next(len(PUNCTUATION))])
        sentence = " ".join(words)
        sentence = sentence[0].upper() + sentence[1:]
        if rng.next(5) == 0:
            sentence = '"' + sentence + '"'
        lines.append(sentence.rstrip(",;:") + (".", "!", "?")[rng.next(3)])
    return "\n".join(lines)


def count_words(text):
    counts = {}
    for line in text.splitlines():
        for token in line.split():
            word = token.strip('.,;:!?"').lower()
            if word:
                counts[word] = counts.get(word, 0) + 1
    return counts


def summarize(counts):
    top = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:20]
    by_length = sorted(counts, key=len, reverse=True)[:5]
    starts = {}
    for word, n in counts.items():
        starts[word[0]] = starts.get(word[0], 0) + n
    vowel_end = sum(n for word, n in counts.items() if word.endswith(("a", "e", "i", "o", "u")))
    report = "|".join(f"{word}={n}" for word, n in top)
    report += "|" + ",".join(by_length) + "|" + str(vowel_end)
    report += "|" + "".join(f"{k}{starts[k]}" for k in sorted(starts))
    return report.replace("=", ":")


def checksum(report):
    h = 0
    for ch in report:
        h = (h * 33 + ord(ch)) % 4294967291
    return h


def bench(text):
    counts = count_words(text)
    report = summarize(counts)
    total = sum(counts.values())
    return f"{len(counts)}:{total}:{checksum(report)}"


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    result = None
    for k in range(1, n + 1):
        t0 = time.perf_counter()
        text = make_text(12345, 30_000)
        result = bench(text)
        t1 = time.perf_counter()
        print(f"iter {k} {t1 - t0:.6f}")
    print(f"checksum {result}")


if __name__ == "__main__":
    main()
