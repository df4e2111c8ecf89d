# int methods and attributes: bit_length, bit_count, as_integer_ratio, real/imag/numerator/denominator.
values = [0, 1, -1, 7, -8, 255, 2**63 - 1, -2**63, 2**100 + 5, -(3**80)]
for v in values:
    print(v, v.bit_length(), v.bit_count(), v.as_integer_ratio(), v.is_integer())
    print(v.real, v.imag, v.numerator, v.denominator, v.conjugate())
t = True
print(t.real, t.imag, t.numerator, t.denominator, t.bit_length(), t.as_integer_ratio())
print(int.bit_length(1024), int.real)
