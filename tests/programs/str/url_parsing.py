# Parsing URLs and query strings by hand, with percent-encoding and decoding.
SAFE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~"


def quote(text, safe="/"):
    out = []
    for byte in text.encode("utf-8"):
        ch = chr(byte)
        out.append(ch if ch in SAFE or ch in safe else f"%{byte:02X}")
    return "".join(out)


def unquote(text):
    raw = bytearray()
    i = 0
    while i < len(text):
        hexpart = text[i + 1:i + 3]
        if text[i] == "%" and len(hexpart) == 2 and all([c in "0123456789abcdefABCDEF" for c in hexpart]):
            raw.append(int(text[i + 1:i + 3], 16))
            i += 3
        else:
            raw += text[i].encode("utf-8")
            i += 1
    return raw.decode("utf-8", errors="replace")


def parse_query(qs):
    params = {}
    for part in qs.split("&"):
        if not part:
            continue
        key, sep, value = part.partition("=")
        params.setdefault(unquote(key.replace("+", " ")), []).append(unquote(value.replace("+", " ")) if sep else "")
    return params


def parse_url(url):
    scheme, sep, rest = url.partition("://")
    if not sep:
        raise ValueError(f"missing scheme in {url!r}")
    rest, _, fragment = rest.partition("#")
    rest, _, query = rest.partition("?")
    netloc, slash, path = rest.partition("/")
    userinfo, at, hostport = netloc.rpartition("@")
    host, colon, port = hostport.partition(":")
    if colon and not port.isdigit():
        raise ValueError(f"bad port {port!r}")
    return {
        "scheme": scheme.lower(), "user": userinfo if at else None, "host": host.lower(),
        "port": int(port) if colon else {"http": 80, "https": 443}.get(scheme.lower()),
        "path": unquote(slash + path) or "/", "query": parse_query(query), "fragment": unquote(fragment),
    }


URLS = [
    "https://example.com",
    "HTTP://User:pw@Example.COM:8080/a/b%20c/?x=1&y=two+words&x=3#top",
    "https://search.test/find?q=caf%C3%A9+au+lait&lang=fr&empty=&flag",
    "ftp://files.test:21/pub/%7Euser/file.txt",
    "https://bad%zzencoding.test/%E2%82%AC%",
    "no-scheme.test/path",
    "http://host:port/",
]
for url in URLS:
    try:
        parts = parse_url(url)
    except ValueError as e:
        print(f"{url}\n    ValueError: {e}")
        continue
    print(url)
    for k in ("scheme", "user", "host", "port", "path", "query", "fragment"):
        print(f"    {k:<8} {parts[k]!r}")

for text in ["hello world", "a/b?c=d&e", "café ☕", "100% sure", "~user_name-1.0"]:
    q = quote(text)
    print(f"{text!r:<20} -> {q!r:<36} -> {unquote(q)!r}", unquote(q) == text)
print(quote("a/b", safe=""), unquote("%41%42%4"), unquote("%e2%82%ac"), unquote("%FF"))


def build_url(scheme, host, path="/", **params):
    query = "&".join([f"{quote(k, '')}={quote(str(v), '')}" for k, v in sorted(params.items())])
    return f"{scheme}://{host}{quote(path)}" + (f"?{query}" if query else "")


print(build_url("https", "api.test", "/v1/items list", limit=10, sort="-price", q="tea & cake"))
print(parse_url(build_url("https", "api.test", "/x", name="Zoë"))["query"])
