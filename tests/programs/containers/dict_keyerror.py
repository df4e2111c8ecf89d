d = {"": 1, 0: 2, (1, 2): 3, None: 4}
for key in ["missing", "", 5, (3, 4), None, 2.5, ("a",), frozenset([1])]:
    try:
        print(repr(key), d[key])
    except KeyError as e:
        print("KeyError", e, repr(e), e.args)
for key in ["a", (1,)]:
    try:
        d.pop(key)
    except KeyError as e:
        print("pop KeyError", e, e.args)
    try:
        del d[key]
    except KeyError as e:
        print("del KeyError", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError", e, e.args)
try:
    set().remove(())
except KeyError as e:
    print("KeyError", e, e.args)
try:
    {1, 2}.remove((1, 2))
except KeyError as e:
    print("KeyError", e)
try:
    d[[1]]
except TypeError as e:
    print(type(e).__name__, e)
