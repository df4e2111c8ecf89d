# A first ByteRun program: bin/byterun examples/hello.py


def sum_of_squares(n, start=1):
    total = 0
    for i in range(start, n + 1):
        total = total + i * i
    return total


def greet(name, greeting="Hello"):
    return greeting + ", " + name + "!"


print(greet("ByteRun"))
print(greet("CPython 3.13 bytecode", greeting="Welcome"))
print("1*1 + 2*2 + ... + 10*10 =", sum_of_squares(10))
print("the same from 5 on:", sum_of_squares(10, start=5))
print("the average square up to 10:", sum_of_squares(10) / 10)
