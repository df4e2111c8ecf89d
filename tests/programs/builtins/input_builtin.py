# input(): reads lines from stdin; the prompt goes to stdout; EOFError at the end
name = input("Name? ")
print("Hello, " + name + "!")
age = input()
print("age", int(age) + 1)
empty = input("empty> ")
print(repr(empty))
lines = []
while True:
    try:
        lines.append(input())
    except EOFError as e:
        print(type(e).__name__, e)
        break
print(lines)
try:
    input("a", "b")
except TypeError as e:
    print(type(e).__name__, e)
try:
    input(prompt="x")
except TypeError as e:
    print(type(e).__name__, e)
