# Float locals start unbound, can be deleted and rebound, read as unbound through locals(),
# and keep working when a NaN, an int or another object later lands in them. Each function runs
# hot (many calls, long loops) so that the compiled code's handling is exercised too.
import math


def late_float(n):
    total = 0.0
    for i in range(n):
        if i > 2:
            seen = step * 2.0       # step is bound from the second iteration on
        step = i * 0.5
        total += step
    return total, seen


def unbound_read(flag):
    if flag:
        y = 1.25
    try:
        return y * 2.0
    except UnboundLocalError as e:
        return str(e)


def delete_and_rebind(n):
    out = []
    z = 0.5
    for i in range(n):
        z += 1.0
        if i % 3 == 0:
            del z
            try:
                z
            except UnboundLocalError:
                out.append("unbound")
            z = float(i)
    return out[:3], z


def locals_view(flag):
    a = 1.5
    if flag:
        b = 2.5
    names = sorted(locals())
    return names


def nan_lands_later(n):
    acc = 0.0
    for i in range(n):
        acc += 0.25
    first = acc
    acc = float("nan")
    return first, math.isnan(acc), acc != acc, [acc] == [acc]


def becomes_object(n):
    v = 0.0
    for i in range(n):
        v += 1.5
    v = "text"
    return v


def gen_floats(n):
    x = 0.5
    for i in range(n):
        x *= 1.0001
        yield round(x, 6)
    del x
    try:
        yield x
    except UnboundLocalError:
        pass
    yield "done"


def main():
    for _ in range(300):
        r1 = late_float(50)
        r2 = (unbound_read(True), unbound_read(False))
        r3 = delete_and_rebind(20)
        r4 = (locals_view(True), locals_view(False))
        r5 = nan_lands_later(30)
        r6 = becomes_object(10)
        r7 = list(gen_floats(5))[-3:]
    print(r1)
    print(r2)
    print(r3)
    print(r4)
    print(r5)
    print(r6)
    print(r7)
    print(unbound_read(False))


main()
