# A backtracking regular-expression matcher: literals, ., [], [^], *, +, ?, ^, $, groups with |.
def parse(pattern):
    pos = 0

    def parse_alt():
        nonlocal pos
        branches = [parse_seq()]
        while pos < len(pattern) and pattern[pos] == "|":
            pos += 1
            branches.append(parse_seq())
        return ("alt", branches) if len(branches) > 1 else branches[0]

    def parse_seq():
        nonlocal pos
        items = []
        while pos < len(pattern) and pattern[pos] not in "|)":
            atom = parse_atom()
            if pos < len(pattern) and pattern[pos] in "*+?":
                atom = ("repeat", atom, pattern[pos])
                pos += 1
            items.append(atom)
        return ("seq", items)

    def parse_atom():
        nonlocal pos
        ch = pattern[pos]
        pos += 1
        if ch == "(":
            inner = parse_alt()
            if pos >= len(pattern) or pattern[pos] != ")":
                raise ValueError(f"missing ) at position {pos}")
            pos += 1
            return ("group", inner)
        if ch == "[":
            negate = pattern[pos] == "^"
            if negate:
                pos += 1
            chars = set()
            while pos < len(pattern) and pattern[pos] != "]":
                if pos + 2 < len(pattern) and pattern[pos + 1] == "-" and pattern[pos + 2] != "]":
                    for code in range(ord(pattern[pos]), ord(pattern[pos + 2]) + 1):
                        chars.add(chr(code))
                    pos += 3
                else:
                    chars.add(pattern[pos])
                    pos += 1
            if pos >= len(pattern):
                raise ValueError("unterminated character class")
            pos += 1
            return ("class", frozenset(chars), negate)
        if ch == ".":
            return ("any",)
        if ch == "^":
            return ("start",)
        if ch == "$":
            return ("end",)
        if ch == "\\":
            ch = pattern[pos]
            pos += 1
            if ch == "d":
                return ("class", frozenset("0123456789"), False)
            if ch == "w":
                return ("class", frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"), False)
            if ch == "s":
                return ("class", frozenset(" \t\n"), False)
        if ch in "*+?":
            raise ValueError(f"nothing to repeat at position {pos - 1}")
        return ("lit", ch)

    tree = parse_alt()
    if pos != len(pattern):
        raise ValueError(f"unbalanced ) at position {pos}")
    return tree


def match_node(node, text, i, k):
    kind = node[0]
    if kind == "lit":
        return i < len(text) and text[i] == node[1] and k(i + 1)
    if kind == "any":
        return i < len(text) and text[i] != "\n" and k(i + 1)
    if kind == "class":
        return i < len(text) and ((text[i] in node[1]) != node[2]) and k(i + 1)
    if kind == "start":
        return i == 0 and k(i)
    if kind == "end":
        return i == len(text) and k(i)
    if kind == "group":
        return match_node(node[1], text, i, k)
    if kind == "alt":
        return first_true([lambda b=b: match_node(b, text, i, k) for b in node[1]])
    if kind == "seq":
        def run(idx, j):
            if idx == len(node[1]):
                return k(j)
            return match_node(node[1][idx], text, j, lambda nj: run(idx + 1, nj))
        return run(0, i)
    if kind == "repeat":
        _, inner, op = node
        if op == "?":
            return match_node(inner, text, i, k) or k(i)

        def star(j):
            return match_node(inner, text, j, lambda nj: nj != j and star(nj)) or k(j)
        if op == "*":
            return star(i)
        return match_node(inner, text, i, lambda nj: star(nj))
    raise AssertionError(kind)


def first_true(thunks):
    for t in thunks:
        if t():
            return True
    return False


def search(pattern, text):
    tree = parse(pattern)
    for start in range(len(text) + 1):
        end = []
        if match_node(tree, text, start, lambda j: end.append(j) or True):
            return start, end[0], text[start:end[0]]
    return None


CASES = [
    ("abc", "xxabcxx"), ("a.c", "abc adc"), ("^ab", "cab"), ("ab$", "cab"), ("colou?r", "my colour"),
    ("colou?r", "color!"), ("a*b", "aaab"), ("a+b", "b ab"), ("[0-9]+", "order 66 now"), ("[^aeiou ]+", "aeiou xyz"),
    ("(cat|dog)s?", "hotdogs"), ("\\d\\d:\\d\\d", "at 10:45pm"), ("\\w+@\\w+\\.com", "mail bob@site.com now"),
    ("(a|b)*c", "ababbc"), ("x*", "yyy"), ("(ab)+$", "xabab"), ("h.*o", "hello world"), ("[a-c-]+", "z-a-b-c-"),
]
for pat, text in CASES:
    print(f"{pat!r:<18} {text!r:<24} -> {search(pat, text)}")

for bad in ["(ab", "ab)", "*a", "[abc"]:
    try:
        parse(bad)
    except ValueError as e:
        print(f"{bad!r:<8} ValueError: {e}")
print(parse("a|b(c)*"))
