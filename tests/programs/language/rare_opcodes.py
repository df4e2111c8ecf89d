# Instructions that ordinary code reaches less often; each line says which.
x = 5
print(~x, not x, not 0, +x, -x)                       # UNARY_INVERT, UNARY_NOT, CALL_INTRINSIC_1 unary-positive
a, *rest = [1, 2, 3]                                   # UNPACK_EX
*init, last = "abc"
print(a, rest, init, last)
print((*rest, *init))                                  # CALL_INTRINSIC_1 list-to-tuple
s = {1, 2, *rest}                                      # BUILD_SET, SET_UPDATE
print([v for v in s] == [1, 2, 3])
squares = {n * n for n in range(4)}                    # SET_ADD
d = {k: k * 2 for k in range(3)}                       # MAP_ADD
merged = {**d, "x": 1}                                 # DICT_UPDATE
print(len(squares), d, merged)
lst = list(range(6))
lst[1:3] = ["a", "b", "c"]                             # STORE_SLICE
del lst[0]                                             # DELETE_SUBSCR
del d[1]
print(lst, d)
g = 1


def drop_global():
    global g
    del g                                              # DELETE_GLOBAL


drop_global()
try:
    print(g)
except NameError as e:
    print(e)


def drop_cell():
    v = 1

    def read():
        return v
    del v                                              # DELETE_DEREF
    try:
        read()
    except NameError as e:
        print(type(e).__name__, e)


drop_cell()


def maybe(v):
    if v is None:                                      # POP_JUMP_IF_NOT_NONE / POP_JUMP_IF_NONE
        return "none"
    if v is not None:
        return "some"


print(maybe(None), maybe(0))
width = ""
print(f"{x:{width}}|")                                 # FORMAT_WITH_SPEC with an empty spec
match [1, 2]:                                          # MATCH_SEQUENCE, GET_LEN
    case [p, q]:
        print("pair", p, q)
match {"k": 1}:                                        # MATCH_MAPPING, MATCH_KEYS
    case {"k": v}:
        print("k is", v)
match 3:                                               # MATCH_CLASS
    case int(n):
        print("int", n)
try:
    with 42:                                           # BEFORE_WITH (an int is not a context manager)
        pass
except TypeError as e:
    print(e)
from math import *                                     # CALL_INTRINSIC_1 import-star
print(floor(2.5), ceil(2.5))
