# int, float and str arithmetic: + - * / // % ** and their mixes.
a = 17
b = 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 2)
print(-a // b, -a % b, a // -b, a % -b)
print(2 ** 10, 2 ** 62, 3 ** 0, 2 ** -1)
print(6 / 3, 1 / 4, 7 / 2)

x = 7.5
y = 2.0
print(x + y, x - y, x * y, x / y, x // y, x % y, x ** y)
print(-x // y, -x % y, 0.1 + 0.2, 1.0, 1e16, 1.5e-7, 2.0 ** 0.5)

print(a + x, a * y, a / y, b - 0.5, 10 // 4.0, 10 % 4.0)

s = "spam"
t = "eggs"
print(s + " and " + t)
print(s * 3, 2 * t, "-" * 10)
print("" + s * 0 + "|")

total = 0
total = total + a
total = total * 3 - b
print(total)
