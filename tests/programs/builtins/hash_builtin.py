# hash(): numbers hash by value across int, float and bool; tuples by contents; mutables are unhashable
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

print(hash(0), hash(1), hash(-1), hash(-2), hash(12345678901))
print(hash(2**61 - 1), hash(2**61), hash(2**70), hash(-2**70))
print(hash(1.0) == hash(1), hash(True) == hash(1), hash(False) == hash(0))
print(hash(1.5), hash(-0.5), hash(0.0), hash(-0.0), hash(1e300))
print(hash(float("inf")), hash(float("-inf")))
print(hash((1, 2)), hash(()), hash((1, (2, 3))), hash((1.0, True)) == hash((1, 1)))
print(hash("abc") == hash("ab" + "c"), hash(b"xy") == hash(b"x" + b"y"))
print(type(hash(3.25)).__name__)
f = lambda: 0
print(hash(f) == hash(f), hash(len) == hash(len))
show(lambda: hash([]))
show(lambda: hash({}))
show(lambda: hash({1}))
show(lambda: hash((1, [2])))
show(lambda: hash())
show(lambda: hash(1, 2))
