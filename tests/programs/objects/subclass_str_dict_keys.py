# A str subclass instance equal to a str key finds that key in dicts and sets, whichever side is stored.
class S(str):
    pass
d = {"a": 1}
d[S("a")] = 2
print(d, len(d), S("a") in {"a"}, {"a": 1}.get(S("a")), {S("b"): 1}["b"], "a" in {S("a"): 0})
