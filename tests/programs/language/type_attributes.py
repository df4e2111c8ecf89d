import sys
print(hash(None), list.append, int.__name__, str.join)
append = list.append
items = []
append(items, 3)
print(items)
for bad in ["list.nope", "sys.nope"]:
    try:
        eval(bad)
    except AttributeError as e:
        print(e)
try:
    del sys.nope
except AttributeError as e:
    print(e)
