# bin(), oct(), hex()
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for n in [0, 1, 5, 255, -1, -255, 2**64, -2**70 + 3, True, False]:
    print(n, bin(n), oct(n), hex(n))
print(hex(3735928559), oct(493), bin(10))
print(bin(1234), int(bin(1234)[2:], 2), int(hex(48879)[2:], 16))
show(lambda: bin(1.5))
show(lambda: hex("a"))
show(lambda: oct(None))
show(lambda: bin())
show(lambda: hex(1, 2))
show(lambda: oct(x=1))
show(lambda: hex([]))
