# Sets of ints iterate in hash-table order; this replays many operations and prints the order
# after each, so any difference from CPython's table layout shows up.
seed = 12345


def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed >> 8) % n


def value():
    kind = rand(4)
    if kind == 0:
        return rand(16)
    if kind == 1:
        return rand(8) * 8 + 1
    if kind == 2:
        return -rand(20)
    return rand(1000)


a = set()
b = set([1, 9, 17, 25])  # a literal would be a marshalled constant, ordered differently
for step in range(400):
    op = rand(12)
    if op < 4:
        a.add(value())
    elif op == 4:
        a.discard(value())
    elif op == 5 and a:
        a.pop()
    elif op == 6:
        b = {value() for _ in range(rand(10))}
        a |= b
    elif op == 7:
        a = a - b if rand(2) else a.difference([value(), value()])
    elif op == 8:
        a = a ^ b if rand(2) else a.symmetric_difference([value() for _ in range(5)])
    elif op == 9:
        a = a & set(range(0, 1000, 2)) if rand(2) else a.intersection(b, range(500))
    elif op == 10:
        a = set(a) if rand(2) else a.copy()
    else:
        a.difference_update(list(a)[: rand(4)])
    if step % 10 == 0 or len(a) > 40:
        print(step, list(a))
    if len(a) > 40:
        a = {x for x in a if x % 3}
print(list(frozenset(a)), list(set(list(a))), list({x: 0 for x in a}.keys()))
