import sys
def f(n):
    try:
        return f(n + 1)
    except RecursionError as e:
        return n, str(e)
print(f(0))
print(sys.getrecursionlimit())
sys.setrecursionlimit(200)
print(f(0))
def g(n):
    return g(n + 1)
try:
    g(0)
except RecursionError as e:
    print("caught", e)
