# Errors for objects lacking the subscript protocol.
class Nothing:
    pass


class ReadOnly:
    def __getitem__(self, k):
        return k


n = Nothing()
try:
    n[0]
except TypeError as e:
    print("TypeError:", e)
try:
    n[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    del n[0]
except TypeError as e:
    print("TypeError:", e)
ro = ReadOnly()
print(ro["x"], ro[1:2])
try:
    ro[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    del ro[0]
except TypeError as e:
    print("TypeError:", e)
try:
    Nothing[0]
except TypeError as e:
    print("TypeError:", e)
try:
    five = 5
    five[0]
except TypeError as e:
    print("TypeError:", e)
try:
    nothing = None
    nothing[0]
except TypeError as e:
    print("TypeError:", e)
try:
    len(ro)
except TypeError as e:
    print("TypeError:", e)


def f():
    pass


try:
    f[1]
except TypeError as e:
    print("TypeError:", e)
try:
    s, key = "abc", "x"
    s[key]
except TypeError as e:
    print("TypeError:", e)
try:
    lst, idx = [1, 2], 1.5
    lst[idx]
except TypeError as e:
    print("TypeError:", e)
