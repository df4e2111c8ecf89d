# Variables, if/elif/else, while, for over range(...) and over a list literal.
n = 0
while n < 5:
    if n == 0:
        print("zero")
    elif n == 1:
        print("one")
    elif n % 2 == 0:
        print(n, "is even")
    else:
        print(n, "is odd")
    n = n + 1

total = 0
for i in range(10):
    total = total + i
print("sum of range(10):", total)

for i in range(3, 12, 4):
    print("step", i)

for i in range(5, 0, -2):
    print("down", i)

for word in ["alpha", "beta", "gamma"]:
    print(word, word * 2)

for v in [1, 2.5, "three"]:
    print(v)

count = 0
k = 100
while k > 1:
    if k % 2 == 0:
        k = k // 2
    else:
        k = 3 * k + 1
    count = count + 1
print("collatz steps from 100:", count)

if count > 20 and total < 100:
    print("both")
if not count < 20 or total > 100:
    print("either")
