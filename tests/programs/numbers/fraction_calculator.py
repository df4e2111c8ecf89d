# A rational-number calculator on ints: fractions as (num, den) tuples, evaluating RPN expressions.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


def make(n, d=1):
    if d == 0:
        raise ZeroDivisionError("fraction with zero denominator")
    if d < 0:
        n, d = -n, -d
    g = gcd(n, d) or 1
    return (n // g, d // g)


def add(x, y):
    return make(x[0] * y[1] + y[0] * x[1], x[1] * y[1])


def sub(x, y):
    return make(x[0] * y[1] - y[0] * x[1], x[1] * y[1])


def mul(x, y):
    return make(x[0] * y[0], x[1] * y[1])


def div(x, y):
    return make(x[0] * y[1], x[1] * y[0])


def power(x, n):
    if n < 0:
        x, n = (x[1], x[0]), -n
    return make(x[0] ** n, x[1] ** n)


def show(x):
    n, d = x
    return str(n) if d == 1 else str(n) + "/" + str(d)


def to_float(x):
    return x[0] / x[1]


def mixed(x):
    n, d = x
    whole, rest = divmod(abs(n), d)
    sign = "-" if n < 0 else ""
    return sign + str(whole) + (" " + str(rest) + "/" + str(d) if rest else "")


def split(text, sep):
    # a small str.split so the calculator only needs int/float parsing
    parts = []
    cur = ""
    for ch in text:
        if ch == sep:
            parts.append(cur)
            cur = ""
        else:
            cur += ch
    parts.append(cur)
    return [p for p in parts if p]


def parse(token):
    if "/" in token:
        n, d = split(token, "/")
        return make(int(n), int(d))
    if "." in token:
        num, den = float(token).as_integer_ratio()
        return make(num, den)
    return make(int(token))


OPS = {"+": add, "-": sub, "*": mul, "/": div}


def rpn(expr):
    stack = []
    for tok in split(expr, " "):
        if tok in OPS:
            y = stack.pop()
            x = stack.pop()
            stack.append(OPS[tok](x, y))
        elif tok == "^":
            n = stack.pop()
            x = stack.pop()
            stack.append(power(x, n[0]))
        else:
            stack.append(parse(tok))
    return stack.pop()


exprs = ["1/2 1/3 +", "3/4 5/6 * 7/8 -", "2 3 ^ 1/2 /", "1/3 -2 ^", "0.5 0.25 + 3 *", "-7/21 14/-4 /",
         "1 1/2 1/3 1/4 1/5 1/6 + + + + +", "123456789/987654321 987654321/123456789 *", "2/3 50 ^", "1/10 0.1 -"]
for e in exprs:
    r = rpn(e)
    print(e, "=", show(r), "~", round(to_float(r), 12), "|", mixed(r))

# harmonic numbers grow big denominators quickly
h = make(0)
for k in range(1, 41):
    h = add(h, make(1, k))
print("H40 =", show(h))
print("H40 ~", to_float(h), len(str(h[1])), "digits in the denominator")

# continued fraction of sqrt(2) convergents approach it from both sides
conv = []
a, b = make(1), make(1)
for i in range(15):
    x = add(make(1), div(make(1), add(make(1), a)))
    conv.append(x)
    a = x
for c in conv[-5:]:
    print(show(c), to_float(c), to_float(c) ** 2 - 2)

for bad in ["1/0", "1 0 /"]:
    try:
        print(show(rpn(bad)))
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
