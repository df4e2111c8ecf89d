# Globals and builtins read in hot functions stay right when they are rebound, deleted or shadowed
# (LOAD_GLOBAL caches them behind assumptions).
import builtins

factor = 2


def scaled(x):
    return x * factor


def measure(items):
    return len(items)


def total(n):
    s = 0
    for i in range(n):
        s += scaled(i)
    return s


print(total(2000))
factor = 3
print(total(2000))
for k in range(10):
    factor = k
    print(k, total(300))
print([measure("abc") for _ in range(3)])


def len(x):
    return -1


print(measure("abc"))
del len
print(measure("abcd"))
saved = builtins.len
builtins.len = lambda x: 42
print(measure("abc"))
builtins.len = saved
print(measure("ab"))
globals()["factor"] = 100
print(scaled(2))
del factor
try:
    scaled(1)
except NameError as e:
    print("NameError:", e)
exec("factor = 7")
print(scaled(3))


class Name(str):
    pass


globals()[Name("factor")] = 9  # an equal str subclass key rebinds the same global
print(scaled(2), [scaled(1) for _ in range(3)])
