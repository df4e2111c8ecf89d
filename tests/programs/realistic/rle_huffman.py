# Run-length encoding and a Huffman coder using a list-based priority queue.
def rle_encode(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{j - i}{s[i]}")
        i = j
    return "".join(out)


def rle_decode(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ""
    return "".join(out)


def huffman_codes(text):
    freq = {}
    for ch in text:
        freq[ch] = freq.get(ch, 0) + 1
    # nodes: (weight, tiebreak, tree) where tree is a char or [left, right]
    queue = [(w, ch, ch) for ch, w in sorted(freq.items())]
    counter = 0
    while len(queue) > 1:
        queue.sort(key=lambda n: (n[0], n[1]))
        a = queue.pop(0)
        b = queue.pop(0)
        counter += 1
        queue.append((a[0] + b[0], "~%03d" % counter, [a[2], b[2]]))
    codes = {}

    def walk(tree, prefix):
        if isinstance(tree, str):
            codes[tree] = prefix or "0"
            return
        walk(tree[0], prefix + "0")
        walk(tree[1], prefix + "1")

    walk(queue[0][2], "")
    return codes, freq, queue[0][2]


def huffman_decode(bits, tree):
    out = []
    node = tree
    for b in bits:
        node = node[int(b)]
        if isinstance(node, str):
            out.append(node)
            node = tree
    return "".join(out)


samples = ["aaabccddddde", "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "x", ""]
for s in samples:
    enc = rle_encode(s)
    assert rle_decode(enc) == s
    print(f"{s[:20]!r:24} -> {enc!r} ratio={len(enc) / len(s) if s else 0:.3f}")

text = "this is an example of a huffman tree"
codes, freq, tree = huffman_codes(text)
for ch in sorted(codes, key=lambda c: (len(codes[c]), c)):
    print(f"{ch!r}: freq={freq[ch]:2d} code={codes[ch]}")
bits = "".join([codes[ch] for ch in text])
print("bits:", len(bits), "vs", len(text) * 8)
print(bits[:64])
decoded = huffman_decode(bits, tree)
print(decoded == text, decoded)
weighted = sum([freq[c] * len(codes[c]) for c in codes])
print("weighted length", weighted, "avg %.4f" % (weighted / len(text)))
packed = bytes([int(bits[i:i + 8].ljust(8, "0"), 2) for i in range(0, len(bits), 8)])
print(packed.hex(), len(packed))
print(huffman_codes("zzzz")[0])
