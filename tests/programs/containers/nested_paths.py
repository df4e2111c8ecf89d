# Getting, setting and flattening values in nested dict/list structures by path.
CONFIG = {
    "server": {"host": "localhost", "ports": [8080, 8081], "tls": {"enabled": False}},
    "users": [{"name": "ann", "roles": ["admin", "dev"]}, {"name": "bob", "roles": []}],
    "version": 3,
}


def get_path(data, path, default=None):
    cur = data
    for key in path.split("."):
        if isinstance(cur, list):
            if not key.lstrip("-").isdigit():
                return default
            idx = int(key)
            if not -len(cur) <= idx < len(cur):
                return default
            cur = cur[idx]
        elif isinstance(cur, dict):
            if key not in cur:
                return default
            cur = cur[key]
        else:
            return default
    return cur


def set_path(data, path, value):
    keys = path.split(".")
    cur = data
    for i, key in enumerate(keys[:-1]):
        nxt = keys[i + 1]
        if isinstance(cur, list):
            if int(key) == len(cur):
                cur.append([] if nxt.isdigit() else {})
            cur = cur[int(key)]
        else:
            if key not in cur:
                cur[key] = [] if nxt.isdigit() else {}
            cur = cur[key]
    last = keys[-1]
    if isinstance(cur, list):
        idx = int(last)
        if idx == len(cur):
            cur.append(value)
        else:
            cur[idx] = value
    else:
        cur[last] = value


def flatten(data, prefix=""):
    out = {}
    items = enumerate(data) if isinstance(data, list) else data.items() if isinstance(data, dict) else None
    if items is None:
        return {prefix: data}
    empty = True
    for k, v in items:
        empty = False
        out.update(flatten(v, f"{prefix}.{k}" if prefix else str(k)))
    if empty:
        out[prefix] = data
    return out


for p in ["server.host", "server.ports.1", "server.ports.-1", "server.ports.5", "server.tls.enabled",
          "users.0.roles.1", "users.1.roles.0", "users.x", "version.major", "missing.path"]:
    print(f"{p:<20} -> {get_path(CONFIG, p, '<default>')!r}")

set_path(CONFIG, "server.tls.enabled", True)
set_path(CONFIG, "server.tls.cert", "/etc/cert.pem")
set_path(CONFIG, "users.1.roles.0", "viewer")
set_path(CONFIG, "users.2", {"name": "cy", "roles": ["dev"]})
set_path(CONFIG, "logging.level", "debug")
set_path(CONFIG, "features.0", "beta")
for k, v in sorted(flatten(CONFIG).items()):
    print(f"{k:<22} = {v!r}")

# unflatten back and compare
def unflatten(flat):
    out = {}
    for path, value in sorted(flat.items()):
        set_path(out, path, value)
    return out

rebuilt = unflatten(flatten(CONFIG))
print(rebuilt == CONFIG)
print(sorted(rebuilt), rebuilt["users"][2])

# errors from set_path on a bad structure
for bad in ["version.minor", "users.9.name", "server.ports.x"]:
    try:
        set_path(CONFIG, bad, 1)
    except (TypeError, IndexError, ValueError) as e:
        print(f"{bad:<16} {type(e).__name__}: {e}")
