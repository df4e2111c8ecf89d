total = 0
for i in range(1, 101):
    total += i
print(total, list(range(3, -4, -2)), list(range(-2, 3)), [x * x for x in range(5) if x % 2 == 0])
r = range(0, 30, 5)
print(r[2], r[-1], r[1:-1], r[::-2], r[10:], list(r[1:-1]), r.index(25), 15 in r, 16 in r, -5 in r)
rev = r.__reversed__()
print(list(rev), list(range(5).__reversed__()), list(range(0).__reversed__()), list(range(10, 0, -4).__reversed__()))
big = range(0, 10 ** 12, 7)
print(len(big), big[-1], big[10 ** 9], 7 * 10 ** 9 in big, big.index(7 * 12345), range(0, 100, 7)[5:8])
print(range(5) == range(0, 5), range(0, 5, 2) == range(0, 6, 2), range(2) == [0, 1], list(range(4)) == [0, 1, 2, 3])
pairs = [(i, j) for i in range(3) for j in range(i)]
print(pairs)
