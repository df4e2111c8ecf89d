def greet(name="world", *, punct="!"):
    return f"hello {name}{punct}"
greet.__kwdefaults__ = {"punct": "?"}
print(greet())
try:
    greet.__defaults__ = [1]
except TypeError as e:
    print(e)
