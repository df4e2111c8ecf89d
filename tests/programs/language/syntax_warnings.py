# CPython's compiler warns about these; the warnings go to stderr in order with the output.
print("before")
x = 1
print(x is 1)
print(eval("(1,)[1.5]") if False else "skipped")
try:
    eval("(1, 2)[1.5]")
except TypeError as e:
    print(e)
print("after")
