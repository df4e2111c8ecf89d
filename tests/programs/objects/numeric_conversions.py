# __int__, __float__, __complex__, __index__ fallbacks in int(), float(), complex().
class Meters:
    def __init__(self, v):
        self.v = v

    def __int__(self):
        print("  __int__")
        return int(self.v)

    def __float__(self):
        print("  __float__")
        return float(self.v)

    def __complex__(self):
        print("  __complex__")
        return complex(self.v, 1)


m = Meters(3.75)
print(int(m), float(m), complex(m))


class OnlyIndex:
    def __index__(self):
        return 7


print(int(OnlyIndex()), float(OnlyIndex()), complex(OnlyIndex()))


class OnlyFloat:
    def __float__(self):
        return 2.5


print(float(OnlyFloat()), complex(OnlyFloat()))
try:
    int(OnlyFloat())
except TypeError as e:
    print("TypeError:", e)


class BadInt:
    def __int__(self):
        return "3"


try:
    int(BadInt())
except TypeError as e:
    print("TypeError:", e)


class BadFloat:
    def __float__(self):
        return 1


try:
    float(BadFloat())
except TypeError as e:
    print("TypeError:", e)


class Nothing:
    pass


for conv in (int, float, complex):
    try:
        conv(Nothing())
    except TypeError as e:
        print(conv.__name__, "TypeError:", e)


class IntSub(int):
    pass


print(int(IntSub(5)), type(int(IntSub(5))).__name__)
print(float(IntSub(2)), int("12"), float(" 1.5 "))
