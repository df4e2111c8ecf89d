def lookup(table, key):
    try:
        return table[key]
    except KeyError as e:
        raise LookupError(f"missing {key!r}") from e

def resolve(keys):
    table = {"a": 1, "b": 2}
    return [lookup(table, k) for k in keys]

print(resolve(["a", "b"]))
print(resolve(["b", "c"]))
