# One code site meeting float lists and object lists in turn: indexing, index assignment,
# unpacking and for loops must give the same answers whichever storage a list has, including a
# float list that turns into a mixed list while it is read, and NaN items. Each function runs hot
# (many calls) so that the compiled paths are the ones checked.
import math


def read_all(lst, n):
    total = 0.0
    for i in range(n):
        total += lst[i % len(lst)]
    return total


def scale_in_place(lst, factor):
    for i in range(len(lst)):
        lst[i] = lst[i] * factor
    return lst


def unpack3(rows):
    out = []
    for row in rows:
        a, b, c = row
        out.append(a + b + c)
    return out


def iterate(lst):
    s = 0.0
    for x in lst:
        s += x
    return s


def grow_while_iterating(lst):
    seen = []
    for x in lst:
        seen.append(x)
        if len(lst) < 6:
            lst.append(x + 1 if isinstance(x, int) else "s")
    return seen


def store_odd_values(lst):
    lst[0] = float("nan")
    lst[1] = 7
    lst[2] = "x"
    return lst


def unpack_errors(row):
    try:
        a, b = row
    except ValueError as e:
        return str(e)
    return a, b


def main():
    floats = [0.5, 1.5, 2.5]
    mixed = [1, 2.0, "3"]
    for _ in range(400):
        r1 = read_all([0.25, 0.5, 0.75], 30)
        r2 = read_all([1, 2.5, 3], 30)
        r3 = scale_in_place([1.0, 2.0, 3.0], 0.5)
        r4 = scale_in_place([1, 2.0, 3], 2)
        r5 = unpack3([[1.0, 2.0, 3.0], (1, 2, 3), [1, 2.5, 4], "abc" if False else [0.1, 0.2, 0.3]])
        r6 = iterate([0.1, 0.2, 0.3, 0.4])
        r7 = iterate([1, 0.5, True])
        r8 = grow_while_iterating([1.5, 2.5])
        r9 = grow_while_iterating([1, 2])
        r10 = store_odd_values([1.0, 2.0, 3.0, 4.0])
    print(r1, r2, r3, r4)
    print(r5, r6, r7)
    print(r8, r9)
    print(math.isnan(r10[0]), r10[1:], [type(v).__name__ for v in r10])
    nan = float("nan")
    lst = [1.0, 2.0]
    lst[0] = nan
    print(lst[0] is nan, nan in lst, lst.count(nan))
    a, b = [nan, 2.0]
    print(a is nan, b)
    print(unpack_errors([1.0, 2.0, 3.0]), unpack_errors([1.0]), unpack_errors((1.5, 2.5)))
    try:
        a, b, c = [1.0, 2.0]
    except ValueError as e:
        print(e)
    for x in [1e308, -0.0, float("inf")]:
        print(x, math.copysign(1, x))


main()
