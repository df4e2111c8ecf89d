# A small JSON-like serializer and recursive-descent parser.
def dump(v):
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        out = []
        for ch in v:
            if ch == '"':
                out.append('\\"')
            elif ch == "\\":
                out.append("\\\\")
            elif ch == "\n":
                out.append("\\n")
            elif ord(ch) < 32 or ord(ch) > 126:
                out.append("\\u%04x" % ord(ch))
            else:
                out.append(ch)
        return '"' + "".join(out) + '"'
    if isinstance(v, list):
        return "[" + ",".join([dump(x) for x in v]) + "]"
    if isinstance(v, dict):
        return "{" + ",".join([dump(k) + ":" + dump(v[k]) for k in v]) + "}"
    raise TypeError(f"cannot serialize {type(v).__name__}")


def parse(text):
    pos = [0]

    def peek():
        while pos[0] < len(text) and text[pos[0]] in " \n\t":
            pos[0] += 1
        return text[pos[0]] if pos[0] < len(text) else ""

    def expect(ch):
        if peek() != ch:
            raise ValueError(f"expected {ch!r} at {pos[0]}, got {peek()!r}")
        pos[0] += 1

    def value():
        c = peek()
        if c == "{":
            pos[0] += 1
            d = {}
            if peek() == "}":
                pos[0] += 1
                return d
            while True:
                k = value()
                expect(":")
                d[k] = value()
                if peek() == ",":
                    pos[0] += 1
                    continue
                expect("}")
                return d
        if c == "[":
            pos[0] += 1
            items = []
            if peek() == "]":
                pos[0] += 1
                return items
            while True:
                items.append(value())
                if peek() == ",":
                    pos[0] += 1
                    continue
                expect("]")
                return items
        if c == '"':
            pos[0] += 1
            buf = []
            while text[pos[0]] != '"':
                ch = text[pos[0]]
                if ch == "\\":
                    nxt = text[pos[0] + 1]
                    if nxt == "u":
                        buf.append(chr(int(text[pos[0] + 2:pos[0] + 6], 16)))
                        pos[0] += 6
                        continue
                    buf.append({"n": "\n", '"': '"', "\\": "\\"}[nxt])
                    pos[0] += 2
                    continue
                buf.append(ch)
                pos[0] += 1
            pos[0] += 1
            return "".join(buf)
        for word, val in (("null", None), ("true", True), ("false", False)):
            if text.startswith(word, pos[0]):
                pos[0] += len(word)
                return val
        start = pos[0]
        while pos[0] < len(text) and text[pos[0]] in "+-0123456789.eE":
            pos[0] += 1
        num = text[start:pos[0]]
        if not num:
            raise ValueError(f"unexpected {c!r} at {start}")
        return float(num) if any([ch in num for ch in ".eE"]) else int(num)

    result = value()
    if peek():
        raise ValueError(f"trailing data at {pos[0]}")
    return result


doc = {"name": "Zoë \"Z\"", "tags": ["a", "b\\c", "line\nbreak"], "n": -42,
       "ratio": 0.125, "big": 10 ** 20, "ok": True, "none": None,
       "nested": {"empty": [], "obj": {}, "list": [[1, 2], [3, [4.5e-7]]]}}
s = dump(doc)
print(s)
back = parse(s)
print(back == doc)
print(back["name"], back["tags"][2].split("\n"))
for bad in ['[1, 2', '{"a" 1}', '[1] x', '@', '{"k": [true, fals]}']:
    try:
        parse(bad)
    except (ValueError, KeyError, IndexError) as e:
        print(type(e).__name__, e)
try:
    dump({"s": {1, 2}})
except TypeError as e:
    print("TypeError", e)
print(parse(' [ 1 , -2.5 , "x" , { } , [ ] ] '))
