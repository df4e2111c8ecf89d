# A numeric table printed with f-strings, str.format and % side by side
rows = [("alpha", 1, 0.5), ("beta", 22, -13.25), ("gamma", 333, 1234.5678), ("delta", 4444, -0.0001), ("epsilon", 55555, 1e10), ("zeta", -6, 2.0 / 3.0)]
print(f"{'name':<8}|{'n':>7}|{'hex':>8}|{'bin':>18}|{'value':>14}|{'sci':>11}|{'pct':>9}")
print("-" * 8 + "+" + "-" * 7 + "+" + "-" * 8 + "+" + "-" * 18 + "+" + "-" * 14 + "+" + "-" * 11 + "+" + "-" * 9)
for name, n, v in rows:
    print(f"{name:<8}|{n:>7,}|{n:>#8x}|{n:>#18_b}|{v:>14,.4f}|{v:>11.3e}|{v / 100:>9.2%}")
print()
for name, n, v in rows:
    print("{0:<8}|{1:^7d}|{1:<+8o}|{2:^14.6g}|{2:=+14.2f}|{3}".format(name, n, v, "*" * (n % 7)))
print()
for name, n, v in rows:
    print("%-8s|%7d|%-8X|%14.4g|%+14.3f|%s" % (name, n, n & 0xFFFF, v, v, repr(v)))
total = 0.0
for _, _, v in rows:
    total += v
print(f"{'total':<8}|{sum([n for _, n, _ in rows]):>7,}|{'':>8}|{'':>18}|{total:>14,.4f}|{total:>11.3e}|{total / 100:>9.2%}")
print(f"{total!r:>30}", f"{total!s:<30}|", f"{'%.3f' % total:>12}", "{!r:^20}".format(str(total)))
