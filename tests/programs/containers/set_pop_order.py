s = set(range(10, 0, -1))
out = []
while s:
    out.append(s.pop())
print(out)
s = {5, 3, 8, 13, 21, 34}
print(s.pop(), s.pop(), s)
s.add(1)
s.add(3)
print(s.pop(), s)
t = {x * 8 for x in range(6)}
print(t, t.pop(), t)
u = set()
for i in [17, 1, 9, 33, 25]:
    u.add(i)
print(u, [u.pop() for _ in range(3)], u)
big = set(range(50))
for i in range(0, 50, 3):
    big.discard(i)
big.add(100)
big.add(3)
print(list(big)[:12], len(big))
print(list(frozenset([40, 8, 16, 0, 24, 32])), list({-1, -2, -3, 0, 1}), list(set([2 ** 61, 2 ** 61 - 1, 1, 0])))
