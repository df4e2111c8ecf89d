# slice objects: construction, indices(), and use on every builtin sequence.
s = slice(2, 8, 2)
print(s, s.start, s.stop, s.step)
print(slice(5), slice(None), slice(1, None), slice(None, None, -1))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2) != (1, 2))

data = list(range(10))
text = "abcdefghij"
tup = tuple(text)
raw = bytes(range(65, 75))
for sl in [slice(2, 8, 2), slice(None, None, -1), slice(-3, None), slice(None, -3), slice(8, 2, -2),
           slice(100, 200), slice(-100, 3), slice(None, None, 3), slice(5, 5), slice(7, 1)]:
    print(sl, data[sl], text[sl], tup[sl], raw[sl], range(10)[sl])

# indices() normalizes against a length
for sl in [slice(None), slice(-3, None), slice(None, None, -1), slice(2, 100, 3), slice(-100, -50), slice(5, 1, -1)]:
    print(sl, [sl.indices(n) for n in (0, 5, 10)])
try:
    slice(None, None, 0).indices(5)
except ValueError as e:
    print("ValueError:", e)
try:
    data[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    slice(1, 2).indices(-1)
except ValueError as e:
    print("ValueError:", e)

# slice assignment and deletion with slice objects
work = list(range(8))
work[slice(1, 3)] = ["a", "b", "c"]
print(work)
work[slice(None, None, 2)] = [0] * len(work[::2])
print(work)
try:
    work[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
del work[slice(0, 3)]
print(work)

# slices are not hashable in 3.13? they are: use as dict keys
cache = {slice(0, 2): "head", slice(-2, None): "tail"}
print(cache[slice(0, 2)], cache[slice(-2, None)])

# extended slicing with large and negative steps on strings
alphabet = "abcdefghijklmnopqrstuvwxyz"
print(alphabet[::5], alphabet[::-5], alphabet[1::7], alphabet[-1:-10:-3])
print(alphabet[3:-3][::-1][::2])

# slice of a range is a range
r = range(0, 100, 7)[3:9:2]
print(r, list(r), len(r))
print(range(10)[::-1], range(10)[5:2:-1])

# slice attributes can be any object
odd = slice("a", [1], 2.5)
print(odd.start, odd.stop, odd.step)
try:
    data[odd]
except TypeError as e:
    print("TypeError:", e)
