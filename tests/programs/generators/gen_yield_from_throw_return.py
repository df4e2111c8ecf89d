# A subgenerator that handles a thrown exception by returning: the value becomes yield from's result.
def inner():
    try:
        yield "inner waiting"
    except ValueError as e:
        print("inner handles", e)
        return "inner result"

def outer():
    r = yield from inner()
    print("outer got", r)
    yield "outer continues"

g = outer()
print(next(g))
print(g.throw(ValueError("x")))
print(next(g, "end"))
