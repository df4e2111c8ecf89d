xs = [5, 3, 9, 1, 3, 7]
xs.sort()
print(xs)
xs.sort(reverse=True)
print(xs)
words = ["pear", "Fig", "apple", "kiwi", "banana", "Date"]
words.sort(key=len)
print(words)
words.sort(key=lambda w: w.lower())
print(words)
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "y"), (3, "c")]
pairs.sort(key=lambda p: p[0])
print(pairs)
pairs.sort(key=lambda p: p[0], reverse=True)
print(pairs)
pairs.sort()
print(pairs)
calls = []
def key(v):
    calls.append(v)
    return -v
nums = [4, 1, 3]
nums.sort(key=key)
print(nums, calls)
for bad in [lambda: [1, "a", 2].sort(), lambda: [3, 2].sort(key=lambda x: "a" if x == 3 else 1),
            lambda: [1].sort(1), lambda: [1].sort(cmp=None), lambda: [].sort(key=1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
m = [3, 1, 2]
def evil(v):
    m.append(v)
    return v
try:
    m.sort(key=evil)
except ValueError as e:
    print(type(e).__name__, e, m)
fl = [2.5, 1, True, -3, 0.0]
fl.sort()
print(fl)
big = list(range(100, 0, -7))
big.sort()
print(big)
stable = [(i % 3, i) for i in range(12)]
stable.sort(key=lambda t: t[0], reverse=True)
print(stable)
