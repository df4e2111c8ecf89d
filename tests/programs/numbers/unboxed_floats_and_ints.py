# Locals and lists that hold ints and floats unboxed must behave as boxed values do:
# NaN identity, kind changes of a local, float lists turning into mixed lists.

def nan_identity():
    nan = float("nan")
    same = [nan] == [nan]
    other = [float("nan")] == [float("nan")]
    lst = [1.5, nan, 2.5]
    return same, other, nan in lst, lst[1] is nan, lst.index(nan), lst.count(nan)


def local_changes_kind(n):
    x = 0
    out = []
    for i in range(n):
        x += i
        if i == 3:
            x = x * 0.5        # int -> float
        if i == 5:
            x = str(x)         # float -> str
            out.append(x)
            x = len(x)         # back to int
        out.append(x)
    del x
    try:
        print(x)
    except UnboundLocalError as e:
        out.append(type(e).__name__)
    return out


def float_list_ops():
    v = [0.0, 0.0, 0.0]
    for i in range(10):
        v[i % 3] += i * 0.25
        v[0] -= 0.125
    w = list(v)
    w.append(7)                # a float list takes an int: it becomes a general list
    w.insert(1, "x")
    v.reverse()
    v.insert(0, -1.0)
    v.remove(v[2])
    popped = v.pop()
    v.extend([3.5, 4.5])
    v.sort()
    a, b, c, d = v
    return v, w, popped, (a, b, c, d), sum(v), v[::-1], v * 2, [x * 2 for x in v], repr(v), -0.0 in v


def mixed_counter(n):
    total = 0
    flt = 0.0
    for i in range(n):
        total += i
        flt += i / 3
        if i == n - 2:
            total = total + 10 ** 20   # overflow to a big int in a long local
    return total, round(flt, 6)


print(nan_identity())
print(local_changes_kind(8))
print(float_list_ops())
print(mixed_counter(1000))
for _ in range(300):             # hot: compiled code must agree
    r = (local_changes_kind(8), float_list_ops(), mixed_counter(50))
print(r)
