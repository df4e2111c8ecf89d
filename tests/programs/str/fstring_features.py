# f-string features: conversions, '=', nested specs, expressions, quotes, escapes.
name = "Ada"
value = 3.14159265
items = ["x", "y"]
width, prec = 12, 3
print(f"{name!r} {name!s} {name!a} {'café'!a}")
print(f"{value=}", f"{value = :.2f}", f"{name=!r:>8}", f"{len(items)=}")
print(f"[{value:{width}.{prec}f}] [{name:^{width}}] [{name:*<{width // 2}}]")
print(f"{1 + 2 * 3} {items[0]} {items[-1].upper()} {', '.join(items)} {{literal braces}}")
print(f"{'nested ' + f'{name.lower()}'} {f'{value:.1f}'!r}")
print(f"{3 if value > 3 else 0} {[n ** 2 for n in range(4)]} {dict(a=1)['a']} {(lambda q: q * 2)(21)}")
print(f"{"double quotes inside (3.12)"} {'single'} {name + "!"}")
print(f"multi\tline\\{name}\n-end")
print(f"{10:#x} {255:08b} {1234567:,} {1234567.891:_.2f} {0.25:.1%} {-5:+d} {5:+d} {42:^7d}|")
print(f"{1e10:.3e} {123.456:g} {0.000012345:.3g} {float('inf'):>6} {-0.0:+.1f}")
print(f"{'left':<8}|{'right':>8}|{'mid':^9}|{'=':=^5}|")
print(f"{12:<5}|{12:>5}|{12:^5}|{-12:=6}|{-12:06}|")
print(f"{3+4j} {(3+4j).real} {complex(1, -1):.2f}")

# format spec from variables, including fill and alignment chosen at run time
for align in "<^>":
    print(f"[{'fill':{'.'}{align}{10}}]")

# '=' keeps whitespace and works with expressions
x = 7
print(f"{x * 2 = }", f"{x=:03d}", f"{x!r:>4}")

# multi-line f-string with nested quotes and a comment-free expression
table = [("apples", 3, 0.5), ("kiwis", 12, 0.25)]
lines = [f"{n:<8}{q:>4} @ {p:>5.2f} = {q * p:>6.2f}" for n, q, p in table]
print("\n".join(lines))
total = sum([q * p for n, q, p in table])
print(f"{'total':<8}{'':>4}   {'':>5}   {total:>6.2f}")

# errors inside f-strings
for bad in (lambda: f"{value:d}", lambda: f"{name:.2f}", lambda: f"{items:>5}", lambda: f"{1:,s}"):
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

# __format__ of builtins directly
print(format(255, "x"), format("s", "^3"), format(1.5, "e"), format([1], ""), format(None, ""))
