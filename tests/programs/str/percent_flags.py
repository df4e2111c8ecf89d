# printf-style flags, widths, precisions and '*'
values = [0, 7, -7, 12345, -12345]
for v in values:
    print("[%5d] [%-5d] [%05d] [%+d] [% d] [%+05d] [%-+6d] [%.3d] [%8.4d] [%#6x] [%#06x] [%-#8o]" % (v, v, v, v, v, v, v, v, v, v, v, v))
floats = [0.0, -0.0, 1.5, -2.25, 123456.789, 1e-7]
for f in floats:
    print("[%8.2f] [%-8.2f] [%08.2f] [%+.1f] [% .3f] [%#.0f] [%10.3e] [%-+10.2E] [%#g] [%010g]" % (f, f, f, f, f, f, f, f, f, f))
print("[%*d] [%-*d] [%*d] [%.*f] [%*.*f]" % (5, 42, 5, 42, -5, 42, 2, 3.14159, 8, 3, 2.71828))
print("[%05s] [%-05s] [%5c] [%-3c]" % ("ab", "ab", "x", "y"))
print("[% 010.2f] [%-010.2f] [%+010.2f]" % (1.5, 1.5, -1.5))
print("[%05f] [%-8f] [%+f]" % (float("inf"), float("nan"), float("inf")))
print("%.0s|%.100s|%3.1r" % ("gone", "short", "abc"))
