# dir(): module names, type and object attribute names, sorted
import sys
alpha = 1
beta = 2
names = dir()
print([n for n in names if n[0] != "_"])
print(names == sorted(names), "__name__" in names)
d = dir(sys)
print(d == sorted(d), "argv" in d, "maxsize" in d)
print("append" in dir([]), "append" in dir(list), "pop" in dir([]))
print("join" in dir(""), "join" in dir(str), "get" in dir({}))
print("__next__" in dir(iter([])), "__iter__" in dir(enumerate([])), "__next__" in dir(zip))
print(type(dir([])).__name__)
print(dir(list) == sorted(dir(list)), dir([]) == dir(list))
try:
    dir(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    dir(x=1)
except TypeError as e:
    print(type(e).__name__, e)
