# Exact comparisons between ints, bools, floats and complex, including values beyond 2**53 and 2**63.
big = 2**63
vals = [big, big - 1, big + 1, float(big), 2**53, 2**53 + 1, float(2**53), 10**400, -10**400, float('inf'), -float('inf'), 1e308, 0.5, True, 0]
for a in vals:
    print([(a < b, a == b, a >= b) for b in vals[:8]])
nan = float('nan')
print(nan < 1, nan > 1, nan == 1, 1 < nan, 10**400 < nan, nan == 10**400, [nan] == [nan])
print(2**53 + 1 == float(2**53 + 1), 2**53 + 1 > float(2**53), 1 == 1.0 == True == 1 + 0j, 0.1 + 0.2 == 0.3)
print(max(1, 2.5, 2**70), min(-1.5, -2, True), sorted([3, 1.5, True, -2**65, 2.0**65]) if False else 'skip')
print(1j == 1j, 1j != 2j, 2 + 0j == 2, 2.5 + 0j != 2.5, (1, 2.0) == (1.0, 2), {1: 'a'}[1.0], 1.0 in [1], 2**64 in [float(2**64)])
try:
    print(1j < 2j)
except TypeError as e:
    print(type(e).__name__, e)
