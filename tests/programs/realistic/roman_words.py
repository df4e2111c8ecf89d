# Roman numerals and English number words, both directions where sensible.
ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError(f"{n} out of range for roman numerals")
    out = []
    for value, sym in ROMAN:
        count, n = divmod(n, value)
        out.append(sym * count)
    return "".join(out)


def from_roman(s):
    vals = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for i, ch in enumerate(s):
        v = vals[ch]
        if i + 1 < len(s) and vals[s[i + 1]] > v:
            total -= v
        else:
            total += v
    if to_roman(total) != s:
        raise ValueError(f"non-canonical numeral {s!r}")
    return total


ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
SCALES = [(10 ** 9, "billion"), (10 ** 6, "million"), (1000, "thousand")]


def words(n):
    if n < 0:
        return "minus " + words(-n)
    if n < 20:
        return ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return TENS[t] + ("-" + ONES[o] if o else "")
    if n < 1000:
        h, r = divmod(n, 100)
        return ONES[h] + " hundred" + (" and " + words(r) if r else "")
    for scale, name in SCALES:
        if n >= scale:
            q, r = divmod(n, scale)
            tail = ""
            if r:
                tail = (" and " if r < 100 else ", ") + words(r)
            return words(q) + " " + name + tail
    raise AssertionError("unreachable")


for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 444, 1666]:
    r = to_roman(n)
    print(f"{n:>5} {r:<14} {from_roman(r):>5} {words(n)}")

for bad in [0, 4000, -5]:
    try:
        to_roman(bad)
    except ValueError as e:
        print("ValueError:", e)
for bad in ["IIII", "VX", "MMMM", "IC", "ABC"]:
    try:
        print(bad, from_roman(bad))
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)

for n in [0, 13, 21, 100, 101, 999, 1000, 1001, 12345, 1000000, 7000042, 2147483647, -308]:
    print(n, "=", words(n))
longest = max(range(1, 400), key=lambda k: (len(to_roman(k)), -k))
print("longest roman under 400:", longest, to_roman(longest))
letters = {}
for n in range(1, 100):
    for ch in words(n):
        if ch.isalpha():
            letters[ch] = letters.get(ch, 0) + 1
print(sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:6])
