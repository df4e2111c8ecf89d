# locals() and dir() inside inlined comprehensions (PEP 709), at module level and in functions
print([sorted(locals()) for q in range(1)])
print([[k, v] for k, v in [("a", 1)] if sorted(locals()) == ["k", "v"]])
print([len(dir()) for item in "ab"])
after = sorted(locals())
print("q" in after, "item" in after, "after" in after)
def f(a):
    outer = [sorted(locals()) for b in range(1)]
    return outer, sorted(locals())
print(f(1))
def g():
    cell = 5
    def inner():
        return [sorted(locals()) for c in [cell]]
    return inner()
print(g())
