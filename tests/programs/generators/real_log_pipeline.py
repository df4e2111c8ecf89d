# Realistic: a pipeline of generators over an in-program log: parse, filter, group, summarize.
LOG = """\
2024-03-01 08:00:01 INFO  web-1 GET /index.html 200 12ms
2024-03-01 08:00:02 INFO  web-2 GET /api/users 200 48ms
2024-03-01 08:00:02 WARN  web-1 GET /api/orders 429 3ms
2024-03-01 08:00:03 ERROR web-3 POST /api/orders 500 230ms
this line is garbage
2024-03-01 08:01:10 INFO  web-2 GET /index.html 304 2ms
2024-03-01 08:01:11 INFO  web-1 POST /api/login 200 95ms
2024-03-01 08:01:15 ERROR web-2 GET /api/users 503 1200ms

2024-03-01 08:02:00 INFO  web-3 GET /static/app.js 200 7ms
2024-03-01 08:02:30 WARN  web-3 POST /api/login 401 15ms
2024-03-01 08:03:45 INFO  web-1 GET /api/users 200 51ms
2024-03-01 08:03:59 ERROR web-1 POST /api/orders 500 310ms
"""

def read_lines(text):
    for number, line in enumerate(text.splitlines(), 1):
        yield number, line

def skip_blank(lines):
    for number, line in lines:
        if line.strip():
            yield number, line

class Entry:
    __slots__ = ("line", "date", "time", "level", "host", "method", "path", "status", "ms")
    def __init__(self, line, parts):
        self.line = line
        self.date, self.time, self.level, self.host, self.method, self.path = parts[:6]
        self.status = int(parts[6])
        self.ms = int(parts[7].rstrip("ms"))
    def minute(self):
        return self.time[:5]
    def __repr__(self):
        return f"Entry({self.line}, {self.level}, {self.path}, {self.status})"

def parse(lines, errors):
    for number, line in lines:
        parts = line.split()
        if len(parts) != 8 or not parts[7].endswith("ms"):
            errors.append(number)
            continue
        yield Entry(number, parts)

def where(entries, predicate):
    for e in entries:
        if predicate(e):
            yield e

def group_consecutive(entries, key):
    current, bucket = None, []
    for e in entries:
        k = key(e)
        if bucket and k != current:
            yield current, bucket
            bucket = []
        current = k
        bucket.append(e)
    if bucket:
        yield current, bucket

def percentile(values, p):
    ordered = sorted(values)
    if not ordered:
        return None
    index = min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))
    return ordered[index]

def summarize(groups):
    for key, items in groups:
        times = [e.ms for e in items]
        yield {
            "key": key,
            "count": len(items),
            "errors": sum(1 for e in items if e.status >= 500),
            "p50": percentile(times, 50),
            "max": max(times),
        }

def build(predicate=lambda e: True):
    errors = []
    entries = parse(skip_blank(read_lines(LOG)), errors)
    return where(entries, predicate), errors

entries, errors = build()
print("per minute:")
for row in summarize(group_consecutive(entries, Entry.minute)):
    print(f"  {row['key']}  n={row['count']} errors={row['errors']} p50={row['p50']}ms max={row['max']}ms")
print("unparseable lines:", errors)

slow, _ = build(lambda e: e.ms > 100)
print("slow:", list(slow))

by_host = {}
entries, _ = build()
for e in entries:
    by_host.setdefault(e.host, []).append(e)
for host in sorted(by_host):
    stats = next(summarize([(host, by_host[host])]))
    print(host, stats["count"], stats["errors"], stats["p50"])

def first_error_burst(entries, window=2):
    recent = []
    for e in entries:
        if e.level == "ERROR":
            recent.append(e)
            if len(recent) >= window:
                return recent
    return None

burst = first_error_burst(build()[0])
print("burst:", burst)
paths = {}
for e in build(lambda e: e.method == "GET")[0]:
    paths[e.path] = paths.get(e.path, 0) + 1
print(sorted(paths.items(), key=lambda kv: (-kv[1], kv[0])))
status_classes = sorted({f"{e.status // 100}xx" for e in build()[0]})
print(status_classes)
