# callable()
def f():
    pass
print(callable(f), callable(lambda: 0), callable(len), callable(print))
print(callable(int), callable(list), callable(enumerate), callable(ValueError))
print(callable([].append), callable("".join))
print(callable(1), callable("f"), callable(None), callable([]), callable((f,)))
print(callable(ValueError("x")), callable(iter([])), callable(range(3)))
try:
    callable()
except TypeError as e:
    print(type(e).__name__, e)
try:
    callable(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
