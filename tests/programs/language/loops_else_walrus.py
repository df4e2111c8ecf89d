# for/while else clauses, nested breaks, and assignment expressions in loops.
def find_first_divisor(n):
    for d in range(2, int(n ** 0.5) + 1):
        if n % d == 0:
            break
    else:
        return None
    return d


print({n: find_first_divisor(n) for n in [2, 9, 15, 17, 91, 97, 121]})

# while/else runs when the condition becomes false, not after break
def countdown(n, stop_at=None):
    out = []
    while n > 0:
        if n == stop_at:
            out.append("break")
            break
        out.append(n)
        n -= 1
    else:
        out.append("liftoff")
    return out


print(countdown(3), countdown(5, stop_at=2))

# else on a loop that never runs
for _ in []:
    print("never")
else:
    print("empty for: else still runs")

# continue does not skip else
for i in range(3):
    if i == 1:
        continue
else:
    print("continue then else, i =", i)

# nested loops: break only leaves the inner loop; flag-free search with else
grid = [[1, 2, 3], [4, 50, 6], [7, 8, 90]]
for r, row in enumerate(grid):
    for c, v in enumerate(row):
        if v > 10:
            print("first big value", v, "at", (r, c))
            break
    else:
        continue
    break

# walrus in while: read chunks
data = list(range(17))
pos = 0
chunks = []
while chunk := data[pos:pos + 5]:
    chunks.append(sum(chunk))
    pos += 5
print(chunks)

# walrus in if and elif
def classify(text):
    if (n := len(text)) == 0:
        return "empty"
    elif (vowels := len([ch for ch in text if ch in "aeiou"])) > n // 2:
        return f"vowel heavy ({vowels}/{n})"
    else:
        return f"normal ({n})"


for t in ["", "aeiou", "rhythm", "banana", "queue"]:
    print(repr(t), classify(t))

# walrus keeps the last value after the loop
values = [4, 7, 1, 12, 3]
while (top := values.pop()) < 10:
    pass
print("stopped at", top, "remaining", values)

# loop variable after the loop, and range with negative steps
for k in range(10, 0, -3):
    pass
print("k after loop:", k)
print(list(range(10, 0, -3)), list(range(0, -10, -4)), list(range(5, 5)))

# iterating while modifying a copy
items = [1, 2, 3, 4, 5, 6]
for x in items[:]:
    if x % 2 == 0:
        items.remove(x)
print(items)

# enumerate with start, zip in loops, reversed
for idx, (a, b) in enumerate(zip("abc", [10, 20, 30]), start=1):
    print(idx, a, b)
for ch in reversed("xyz"):
    print(ch, end=" ")
print()

# infinite loop with explicit exit conditions
n, steps = 27, 0
while True:
    if n == 1:
        break
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz(27) steps:", steps)

# pass, ellipsis as statement
for _ in range(2):
    pass
...
print("done")
