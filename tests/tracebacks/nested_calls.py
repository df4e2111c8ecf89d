def f(x):
    return g(x) + 1
def g(x):
    return x / 0
print("before")
f(3)
