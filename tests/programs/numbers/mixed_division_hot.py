# float / int, int / float and float // float take inline paths once hot; zero divisors still raise.
def f(n):
    out = []
    for i in range(n):
        x = i - n / 2
        out.append((1.0 / (i + 1), x / 3, 7 // (x or 1.5), x // -2.5, 2 / (x or 0.5), -0.0 // 5.0, 5.5 // -0.0 if False else 0, x % 1.5))
    return out
for _ in range(300):
    r = f(40)
print(r[:5], r[-3:])
for a, b in [(1.0, 0), (1, 0.0), (1.0, -0.0), (5.0, 0.0)]:
    for op in ("/", "//"):
        try:
            print(eval(f"{a!r} {op} {b!r}"))
        except ZeroDivisionError as e:
            print(op, e)
print(float("inf") // 2.0, float("nan") / 3, 1e308 / 1e-308 if False else 1 / 3, (-7.5) // 2.0, 7.5 // -2.0, 2**60 / 3.0, 3.0 / 2**60)
