# An uncaught exception: traceback on stderr, exit status 1, after some normal output.
def ratio(a, b):
    return a // b


print("before")
print(ratio(10, 3))
print(ratio(1, 0))
print("never printed")
