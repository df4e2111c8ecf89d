count: int = 3
name: str
print(__annotations__)
def typed(a: int, b: "str" = "x") -> list:
    return [a, b]
print(typed(1))
print(typed.__name__, typed.__defaults__)
def kwonly(a, *, b, c=3, **rest):
    return (a, b, c, sorted(rest))
print(kwonly(1, b=2))
print(kwonly(1, b=2, c=4, z=0, y=1))
def posonly(a, b, /, c):
    return a + b + c
print(posonly(1, 2, c=3))
try:
    posonly(a=1, b=2, c=3)
except TypeError as e:
    print(e)
try:
    kwonly(1)
except TypeError as e:
    print(e)
try:
    kwonly(1, 2)
except TypeError as e:
    print(e)
try:
    typed()
except TypeError as e:
    print(e)
try:
    typed(1, 2, 3)
except TypeError as e:
    print(e)
try:
    typed(1, x=2)
except TypeError as e:
    print(e)
print(__name__)
