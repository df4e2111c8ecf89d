def base():
    s=set(range(100))
    for i in range(3, 100):
        s.discard(i)
    return s
for k in [4, 10, 15, 17, 20, 31, 33]:
    s=base(); s.add(32); s.add(k); print(k, list(s))
s=base(); s.add(16); s.add(32); print(list(s))
big = set(range(100)); big2 = set(range(3, 100))
r = big ^ big2; r.add(16); r.add(32); print(list(r))
