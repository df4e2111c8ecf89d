# __hash__ of ints, floats and complex numbers equals CPython's numeric hash.
vals = [0, 1, -1, -2, 2**61 - 2, 2**61 - 1, 2**61, 2**62, 2**63 - 1, -2**63, 2**64, 2**100, -2**100, 10**30, True, False]
for v in vals:
    print(v, v.__hash__())
for f in [0.0, -0.0, 1.0, 1.5, -1.5, 0.1, 1e300, 5e-324, 2.0**61, 2.0**70, float('inf'), -float('inf'), 123.456, -1.0, 3.0e-10]:
    print(f, f.__hash__())
for z in [0j, 1j, 1 + 2j, -1 - 1j, complex(1.5, -2.25), complex(1e300, 1e-300), complex(2, 0)]:
    print(z, z.__hash__())
print((2).__hash__() == (2.0).__hash__() == complex(2, 0).__hash__(), (2**80).__hash__() == float(2**80).__hash__())
d = {1: 'int', 1.0: 'float', True: 'bool', 2**70: 'big', 2.0**70: 'bigfloat', 1 + 0j: 'complex'}
print(d)
