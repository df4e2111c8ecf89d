d = {i: str(i) for i in range(5)}
for bad in ["add", "delete", "pop", "clear", "keys_changed"]:
    e = dict(d)
    try:
        for k in e:
            if bad == "add":
                e[k + 100] = 0
            elif bad == "delete":
                del e[k]
            elif bad == "pop":
                e.popitem()
            elif bad == "clear":
                e.clear()
            else:
                del e[k]
                e[k + 100] = 1
    except RuntimeError as err:
        print(bad, type(err).__name__, err)
    else:
        print(bad, "finished", e)
e = dict(d)
for k in e:
    e[k] = e[k] * 2
print(e)
for k in list(e):
    if k % 2:
        del e[k]
print(e)
items = dict(d).items()
it = {1: 1}
try:
    for k, v in items:
        pass
    for v in it.values():
        it[2] = 2
except RuntimeError as err:
    print(type(err).__name__, err)
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as err:
    print(type(err).__name__, err)
print(s)
lst = [1, 2, 3]
for x in lst:
    if x < 3:
        lst.append(x + 10)
print(lst)
