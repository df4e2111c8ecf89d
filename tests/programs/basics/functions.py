# def with positional and keyword arguments and defaults, return, nested calls, recursion.
def add(a, b):
    return a + b


def scale(x, factor=2, offset=0):
    return x * factor + offset


def greet(name, greeting="Hello", punctuation="!"):
    return greeting + ", " + name + punctuation


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)


def nothing():
    pass


print(add(2, 3), add(1.5, 2), add("ab", "cd"))
print(scale(10), scale(10, 3), scale(10, offset=1), scale(10, factor=5, offset=-1), scale(x=4))
print(greet("world"), greet("Ada", "Hi"), greet("Bob", punctuation="?"), greet(greeting="Hey", name="Eve"))
print(add(scale(3), scale(add(1, 1), factor=10)))
print(fib(20))
for i in range(10):
    print(i, fib(i), fact(i))
print(nothing())
