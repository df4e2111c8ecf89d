x = 7
print(1 < x < 10, 1 < x > 10, x == 7 != 8)
print(x if x > 5 else -x, (lambda v: v * 2)(x))
print(not x, not 0, x and 0, 0 or "default", None or [] or "last")
n = 0
while True:
    n += 1
    if n > 5:
        break
    if n == 2:
        continue
    print("loop", n)
else:
    print("not printed")
for i in range(3):
    pass
else:
    print("for-else ran", i)
if (m := x * 2) > 10:
    print("walrus", m)
print(-x, +x, ~x, x ** 2, x // 2, x % 3, x / 2, 2 ** -1)
print(x & 3, x | 8, x ^ 5, x << 3, x >> 1)
print(10 in [1, 10], 3 not in (1, 2), "a" in "abc", None is None, x is not None)
s = "ab"
s += "cd"
s *= 2
print(s)
lst = [1]
lst += [2, 3]
lst *= 2
print(lst)
del lst[0]
del lst[-2:]
print(lst)
val = 5
del val
try:
    print(val)
except NameError as e:
    print(e)
print(divmod(17, 5), abs(-3.5), round(2.5), round(3.5), round(2.675, 2))
print(max(3, 9, 2), min([4, 1, 8]), sum(range(101)), len("héllo"))
print(int("42") + 1, float("1.5") * 2, str(3) + "3", bool(""), bool("x"))
