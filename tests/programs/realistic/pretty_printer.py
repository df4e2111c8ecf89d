# A recursive pretty-printer for nested data, with cycle detection and width-aware layout.
def render(value, indent=0, width=60, seen=None):
    seen = set() if seen is None else seen
    pad = "  " * indent
    if isinstance(value, (list, tuple, dict)):
        if id(value) in seen:
            return "<cycle>"
        seen = seen | {id(value)}
    flat = flat_repr(value, seen)
    if len(pad) + len(flat) <= width or not isinstance(value, (list, tuple, dict)):
        return flat
    if isinstance(value, dict):
        inner = [f"{pad}  {k!r}: {render(v, indent + 1, width, seen)}" for k, v in value.items()]
        return "{\n" + ",\n".join(inner) + "\n" + pad + "}"
    open_, close = ("[", "]") if isinstance(value, list) else ("(", ")")
    inner = [pad + "  " + render(v, indent + 1, width, seen) for v in value]
    return open_ + "\n" + ",\n".join(inner) + "\n" + pad + close


def flat_repr(value, seen):
    if isinstance(value, dict):
        return "{" + ", ".join([repr(k) + ": " + (flat_repr(v, seen) if id(v) not in seen else "<cycle>") for k, v in value.items()]) + "}"
    if isinstance(value, list):
        return "[" + ", ".join([flat_repr(v, seen) if id(v) not in seen else "<cycle>" for v in value]) + "]"
    if isinstance(value, tuple):
        body = ", ".join([flat_repr(v, seen) for v in value])
        return "(" + body + ("," if len(value) == 1 else "") + ")"
    if isinstance(value, float):
        return f"{value:.3g}"
    return repr(value)


config = {
    "name": "byterun",
    "version": (0, 1, 0),
    "features": ["loader", "frontend", "interpreter", "jit", "polyglot"],
    "limits": {"recursion": 1000, "stack": "16m", "ratio": 2.71828},
    "nested": [[1, 2, [3, 4, [5, 6]]], {"deep": {"deeper": {"deepest": (7,)}}}],
}
print(render(config))
print(render([1, 2, 3]))
loop = [1, 2]
loop.append(loop)
print(render(loop, width=10))
print(render({"a": 1.0 / 3, "b": [1e-7, 12345.678]}))
