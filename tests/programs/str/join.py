# str.join over lists, tuples, strings, dicts, ranges of str and error cases
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

print(", ".join(["a", "b", "c"]), "".join(("x", "y")), "-".join("abc"), "+".join([]), "/".join(["only"]))
print("\U0001F600".join(["a", "b"]), " ".join({"k1": 1, "k2": 2}), "|".join([s.upper() for s in ["p", "q"]]))
print("\n".join(["line %d" % i for i in range(3)]))
show("join ints", lambda: ",".join([1, 2]))
show("join mixed", lambda: ",".join(["a", "b", 3]))
show("join int", lambda: ",".join(5))
show("join none", lambda: ",".join(None))
show("join no args", lambda: ",".join())
show("join bytes", lambda: ",".join([b"a"]))
