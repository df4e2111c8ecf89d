# HTTP-style headers and query parsing with builtin subclasses that override the protocol:
# a case-insensitive dict (__getitem__/__setitem__/__contains__/get/update), a multi-value
# list, a str subclass whose comparisons ignore case, and a tuple-based Version with ordering.


class CIStr(str):
    def __eq__(self, other):
        return isinstance(other, str) and self.lower() == other.lower()

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash(self.lower())

    def __lt__(self, other):
        return self.lower() < other.lower()


class Headers(dict):
    def __init__(self, items=(), **kw):
        super().__init__()
        self.update(items, **kw)

    def __setitem__(self, key, value):
        super().__setitem__(CIStr(key), value)

    def __getitem__(self, key):
        return super().__getitem__(CIStr(key))

    def __contains__(self, key):
        return super().__contains__(CIStr(key))

    def __delitem__(self, key):
        super().__delitem__(CIStr(key))

    def get(self, key, default=None):
        return self[key] if key in self else default

    def update(self, items=(), **kw):
        pairs = items.items() if hasattr(items, "items") else items
        for k, v in list(pairs) + list(kw.items()):
            self[k] = v

    def __repr__(self):
        inner = ", ".join([f"{k}: {v}" for k, v in sorted(self.items())])
        return f"Headers({inner})"


class MultiValue(list):
    def __str__(self):
        return ", ".join(self)

    def first(self):
        return self[0] if self else None


class Version(tuple):
    def __new__(cls, text):
        parts = [int(p) for p in text.split(".")]
        while len(parts) < 3:
            parts.append(0)
        return super().__new__(cls, parts)

    def __str__(self):
        return ".".join([str(p) for p in self])

    def __repr__(self):
        return f"Version('{self}')"


def parse(raw):
    lines = raw.strip().split("\n")
    method, path, proto = lines[0].split()
    headers = Headers()
    for line in lines[1:]:
        name, _, value = line.partition(":")
        value = value.strip()
        if name in headers:
            existing = headers[name]
            if not isinstance(existing, MultiValue):
                existing = MultiValue([existing])
            existing.append(value)
            headers[name] = existing
        else:
            headers[name] = value
    path, _, query = path.partition("?")
    params = {}
    for pair in query.split("&") if query else []:
        k, _, v = pair.partition("=")
        params.setdefault(k, MultiValue()).append(v)
    return method, path, Version(proto.split("/")[1]), headers, params


raw = """
GET /search?q=truffle&tag=jit&tag=vm HTTP/1.1
Host: example.org
Accept: text/html
accept: application/json
X-Trace-Id: 42
"""
method, path, version, headers, params = parse(raw)
print(method, path, version, repr(version), version >= Version("1.0"), version < Version("2"))
print(headers)
print(headers["HOST"], headers.get("x-trace-id"), headers.get("missing", "-"), "ACCEPT" in headers, "cookie" in headers)
print(str(headers["Accept"]), headers["accept"].first(), type(headers["Accept"]).__name__, len(headers))
print({k: str(v) for k, v in params.items()}, params["tag"] == ["jit", "vm"])
del headers["x-TRACE-id"]
headers.update({"Content-Length": "0"}, connection="close")
print(sorted(headers), len(headers), CIStr("Host") in list(headers))
print(sorted([CIStr("b"), CIStr("A"), CIStr("c")]), CIStr("X") == "x", "x" == CIStr("X"), CIStr("a") != "A")
versions = sorted([Version(v) for v in ["1.10", "1.2", "1.2.1", "0.9"]])
print(versions, max(versions), min(versions, key=lambda v: v[2]), Version("3") == (3, 0, 0))
print(isinstance(headers, dict), isinstance(version, tuple), dict(headers) == headers, set(headers) == {"Host", "Accept", "Content-Length", "connection"})
try:
    headers["nope"]
except KeyError as e:
    print("KeyError:", e)
