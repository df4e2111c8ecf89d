# Augmented assignment semantics (in-place vs rebinding) and assert statements.
a = [1, 2]
b = a
a += [3]          # list.__iadd__ mutates in place
print(a, b, a is b)
a = a + [4]       # + builds a new list
print(a, b, a is b)

t = (1, 2)
u = t
t += (3,)         # tuples rebind
print(t, u, t is u)

s = "ab"
s *= 3
print(s)
n = 7
n //= 2; n **= 3; n %= 10; n <<= 4; n |= 1; n ^= 0b110; n &= 0xFF; n >>= 1
print(n)
f = 1.5
f -= 0.25; f *= 4; f /= 2
print(f)

# augmented assignment on subscripts evaluates the container and index once
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items()))
grid = [[0] * 3 for _ in range(3)]
for i in range(3):
    grid[i][i] += i + 1
    grid[i][2 - i] -= 1
print(grid)

log = []
def index(i):
    log.append(i)
    return i

arr = [10, 20, 30]
arr[index(1)] += 5
print(arr, log)

# augmented assignment to a tuple element fails
try:
    tup = ([1], 2)
    tup[0] += [2]
except TypeError as e:
    print("TypeError:", e, "but the list changed:", tup)

# set and dict in-place operators
st = {1, 2}
alias = st
st |= {3}
st &= {2, 3, 4}
st -= {9}
st ^= {5}
print(sorted(st), st is alias)
d = {"a": 1}
d |= {"b": 2}
print(d)

# bytes and bytearray
ba = bytearray(b"ab")
same = ba
ba += b"cd"
ba *= 2
print(ba, same is ba)
bs = b"xy"
bs += b"z"
print(bs)

# asserts that pass
assert True
assert 1 + 1 == 2, "math works"
assert [1], "non-empty list is true"

# asserts that fail, caught
for cond, msg in [(0, "zero is false"), ("", None), ([], ["a", "list", "message"])]:
    try:
        if msg is None:
            assert cond
        else:
            assert cond, msg
    except AssertionError as e:
        print("AssertionError args:", e.args)

def check_positive(values):
    for v in values:
        assert v > 0, f"value {v} is not positive"
    return sum(values)


print(check_positive([1, 2, 3]))
print(check_positive([4, -5, 6]))
