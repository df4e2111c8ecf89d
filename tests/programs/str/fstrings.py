# f-strings with format specs, conversions, nested specs and '=' debugging
name = "Ada"
pi = 3.141592653589793
n = 1234567
items = ["apple", "kiwi", "banana"]
print(f"{name}|{name:>8}|{name:<8}|{name:^8}|{name:*^9}|{name!r}|{name!r:>8}|{name!a}")
print(f"{pi:.2f}|{pi:10.3f}|{pi:<10.1e}|{pi:+.4g}|{pi:%}|{pi:.0%}|{-pi:z.0f}|{pi:_>12.5}")
print(f"{n:,}|{n:_}|{n:#x}|{n:#_b}|{n:>15,}|{n:015,}|{n:e}|{-n:+,}")
width, prec = 12, 3
print(f"{pi:{width}.{prec}f}|{name:{'>' if width > 5 else '<'}{width}}|{n:{','}}")
for i in range(3):
    print(f"{i:>3}. {items[i]:<8} {len(items[i]):>2} {'*' * len(items[i])}")
print(f"{name=}", f"{pi=:.3f}", f"{n = }", f"{items[0]!r:^12}")
print(f"{{braces}} {{{name}}} {'nested ' + f'{name:>5}'}")
print(f"{True:>6}|{None!s:>6}|{3 + 4j:>10}|{2.5:*<8}|{-0.0:z}|{1e21}")
print(f"{'caf\u00e9':\u00b7^10}|{'\U0001F600':>3}|")
try:
    print(f"{name:d}")
except ValueError as e:
    print("ValueError", e)
try:
    print(f"{pi:,d}")
except ValueError as e:
    print("ValueError", e)
try:
    print(f"{None:>5}")
except TypeError as e:
    print("TypeError", e)
