# and/or return operands, short-circuiting with side effects, not, chained comparisons, truthiness.
calls = []


def t(label, value):
    calls.append(label)
    return value


print(t("a", 0) or t("b", "") or t("c", "third"), calls)
calls.clear()
print(t("a", 1) and t("b", [1]) and t("c", None) and t("d", "never"), calls)
calls.clear()
print(t("a", []) and t("b", "skipped"), t("c", "x") or t("d", "skipped"), calls)

print(0 or None, None or 0, "" or [] or {} or (), 1 and 2 and 3, 1 and 0 and 3, [] and 1 / 0)
print(not 0, not "x", not [], not not [1], not None is None, (not None) is True)

# precedence: not binds looser than comparison, and binds tighter than or
print(not 1 == 2, (not 1) == 2, 1 or 2 and 0, (1 or 2) and 0, True or False and False)

# chained comparisons evaluate the middle once
calls.clear()
print(t("lo", 1) < t("mid", 5) < t("hi", 10), calls)
calls.clear()
print(t("lo", 5) < t("mid", 1) < t("hi", 10), calls)
print(1 < 2 > 0, 1 == 1.0 == True, 3 > 2 > 1 > 0, "a" < "b" <= "b" != "c", 1 < 3 in [3], [] == [] is not None)

# truthiness of many values
for v in [0, 1, -1, 0.0, 0.1, 0j, "", "0", " ", b"", b"\x00", [], [[]], (), ((),), {}, {0: 0}, set(), range(0), range(3), None, ..., float("nan")]:
    print(f"{v!r:>12} -> {bool(v)}")

# conditional expressions nest right-associatively
def sign(n):
    return "negative" if n < 0 else "zero" if n == 0 else "positive"


print([sign(n) for n in (-5, 0, 5)])

# any/all short-circuit on iterators (consumption shows where they stopped)
it = iter([0, 0, 3, 0, 5])
print(any(it), list(it))
it = iter([1, 2, 0, 4])
print(all(it), list(it))

# boolean arithmetic
print(True + True, True * 10, False - 1, sum([x > 2 for x in range(6)]), True / 2, True // 2, -True, ~False)
print(True & False, True | False, True ^ True, type(True ^ True).__name__, True == 1)

# default values with or, and its pitfall with falsy values
def greet(name=None, times=None):
    name = name or "stranger"
    times = times or 1
    return ", ".join([f"hi {name}"] * times)


print(greet(), greet("bo", 2), greet("", 0))

# comparison results are bools; identity of bools
r = 3 > 2
print(r, type(r).__name__, r is True, (2 > 3) is False, bool("False"), int(True), str(False))
