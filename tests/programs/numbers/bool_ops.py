# bool: repr/str, bitwise operators keep bool, arithmetic gives int, bool() truthiness.
t, f = True, False
print(t, f, repr(t), str(f), t & f, t | f, t ^ t, t ^ f, f | f)
print(type(t & f).__name__, type(t | 1).__name__, t & 3, f | 2, t ^ 1)
print(t + t, t * 5, -t, +t, t - f, t / 2, t // 1, t % 2, t ** 3, t << 4)
print(bool(), bool(0), bool(1), bool(-0.0), bool(0.1), bool(''), bool('x'), bool([]), bool([0]), bool(0j), bool(1j))
print(bool(None), bool(()), bool({}), isinstance(t, int), int(t), float(f), complex(t))
print(t == 1, f == 0, t == 1.0, t is True, t < 2, f > -1)
print(True.real, True.bit_length(), t.__and__(f), t.__or__(1), True.__repr__(), bool.__repr__(False))
print(sum([t, t, t]), max(t, f), min(t, 0))
