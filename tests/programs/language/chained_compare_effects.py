calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(3) < v(2) < v(5), calls)
calls.clear()
print(v(1) == v(1) != v(2) is not None, calls)
calls.clear()
print(v(0) or v(2) and v(0), calls)
calls.clear()
print(1 < 2 > 1 in [1] not in [[0]], 'a' < 'b' <= 'b' < 'c')
x = 5
print(0 <= x < 10, 10 > x >= 5 > 4, x in range(3) or x)
try:
    print(1 < "a" < 3)
except TypeError as e:
    print(type(e).__name__, e)
