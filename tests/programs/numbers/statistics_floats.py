# Numeric integration and statistics on floats: Simpson's rule, mean/variance, regression, Newton's method.
def total(xs):
    # plain left-to-right float addition (builtin sum() compensates rounding in 3.12+)
    t = 0.0
    for x in xs:
        t += x
    return t


def simpson(f, a, b, n):
    h = (b - a) / n
    s = f(a) + f(b)
    for i in range(1, n):
        s += (4 if i % 2 else 2) * f(a + i * h)
    return s * h / 3


def trapezoid(f, a, b, n):
    h = (b - a) / n
    return h * (f(a) / 2 + total([f(a + i * h) for i in range(1, n)]) + f(b) / 2)


print(simpson(lambda x: x * x, 0, 3, 10), trapezoid(lambda x: x * x, 0, 3, 10))
print(simpson(lambda x: 1 / x, 1, 2, 100), trapezoid(lambda x: 1 / x, 1, 2, 100))
print(simpson(lambda x: 4 / (1 + x * x), 0, 1, 1000))

data = [2.5, 3.1, 4.7, 1.2, 9.9, 5.5, 3.3, 7.8, 6.1, 0.4, 8.8, 2.2]
n = len(data)
mean = total(data) / n
var = total([(x - mean) ** 2 for x in data]) / (n - 1)
std = var ** 0.5
srt = []
for x in data:
    srt.append(x)
    i = len(srt) - 1
    while i > 0 and srt[i - 1] > srt[i]:
        srt[i - 1], srt[i] = srt[i], srt[i - 1]
        i -= 1
median = (srt[n // 2 - 1] + srt[n // 2]) / 2
print(mean, var, std, median, min(data), max(data), round(mean, 3), round(std, 4))

xs = [1.0, 2.0, 3.0, 4.0, 5.0, 6.0]
ys = [2.1, 3.9, 6.2, 7.8, 10.1, 12.2]
mx = total(xs) / len(xs)
my = total(ys) / len(ys)
sxy = total([(xs[i] - mx) * (ys[i] - my) for i in range(len(xs))])
sxx = total([(x - mx) ** 2 for x in xs])
slope = sxy / sxx
intercept = my - slope * mx
print(slope, intercept, [round(slope * x + intercept, 3) for x in xs])


def newton_sqrt(a):
    x = a if a > 1 else 1.0
    for _ in range(60):
        nx = (x + a / x) / 2
        if nx == x:
            break
        x = nx
    return x


for a in [2, 10, 0.25, 1e10, 12345.678]:
    print(a, newton_sqrt(a), a ** 0.5, newton_sqrt(a) == a ** 0.5)

# Kahan summation versus naive summation
vals = [0.1] * 1000 + [1e16, 1.0, -1e16]
naive = 0.0
for v in vals:
    naive += v
kahan = 0.0
comp = 0.0
for v in vals:
    y = v - comp
    t = kahan + y
    comp = (t - kahan) - y
    kahan = t
print(naive, kahan)
# exponential growth and the harmonic series in floats
x = 1.0
steps = 0
while x < 1e300:
    x *= 1.5
    steps += 1
print(steps, x, x * 1e10, -x * 1e10)
h = 0.0
for k in range(1, 100001):
    h += 1.0 / k
print(h, h - 12.090146129863428)
