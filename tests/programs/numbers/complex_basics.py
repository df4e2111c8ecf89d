# complex: constructor forms, repr with signed zeros/nan/inf, attributes, conjugate, abs, ==.
vals = [complex(), complex(1), complex(1, 2), complex(-1.5, -0.0), complex(0.0, -0.0), complex(-0.0, 0.0), complex(-0.0, -1),
        complex('1+2j'), complex(' (3-4j) '), complex('j'), complex('-j'), complex('2.5'), complex('1e3-2.5e-1J'),
        complex(float('inf'), float('nan')), complex('inf-nanj'), complex(1j, 1j), complex(2, 3j), complex(real=1, imag=-1),
        complex(True, 2.5), 1e16j, 1e-5 + 1j]
for z in vals:
    print(repr(z), str(z), z.real, z.imag, z.conjugate())
z = 3 + 4j
print(abs(z), abs(-5j), z == 3 + 4j, z != 3, complex(3, 0) == 3, complex(3, 0) == 3.0, 1j == 1, z.__abs__())
print(-z, +z, z.__neg__(), z.__bool__(), (0j).__bool__(), complex.__add__(z, 1), complex.__radd__(z, 1), complex.__eq__(z, 'x'))
for f in [lambda: complex('abc'), lambda: complex('1+2j', 1), lambda: complex(1, '2'), lambda: complex(None), lambda: complex(1, None),
          lambda: complex('1+2'), lambda: complex('(1+2j'), lambda: complex(''), lambda: z < z]:
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
