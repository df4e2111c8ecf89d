# Attribute forms on number types: getset descriptors, classmethods on the type and on instances.
print(int.real, float.imag, complex.real, int.numerator, int.denominator)
print(int.from_bytes(b'\x01\x02', 'big'), (7).from_bytes(b'\x01\x02', 'little'), type(5).from_bytes(b'\xff', 'big', signed=True))
print(float.fromhex('0x1p-2'), (1.5).fromhex('0x3p0'), type(2.0).fromhex('-0x1.0p+3'))
print(int.__add__(2, 3), float.__mul__ is float.__mul__, int.bit_length(255), float.is_integer(2.0), complex.conjugate(1 + 2j))
print(int.real.__class__.__name__, (3).real, (3.5).real, (3.5).imag, (1 + 2j).imag, True.denominator)
f = (255).to_bytes
print(f(2, 'little'), f(2, 'big'))
g = int.from_bytes
print(g(b'\x10', 'big'))
for expr in [lambda: (3).nope, lambda: int.nope, lambda: 1.5 .numerator]:
    try:
        print(expr())
    except AttributeError as e:
        print(type(e).__name__, e)
