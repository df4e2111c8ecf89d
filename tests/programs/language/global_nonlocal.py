count = 0
def bump():
    global count
    count += 1
    return count
def outer():
    count = 100
    def inner():
        nonlocal count
        count += 1
        return count
    def reader():
        return count
    inner(); inner()
    return count, reader(), bump()
print(outer(), count)
def make():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    def reset():
        nonlocal total
        total = 0
    return add, reset
add, reset = make()
print(add(3), add(4)); reset(); print(add(1))
def fails():
    print(count)
    count = 1
try:
    fails()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def shadow():
    global newname
    newname = "created"
shadow()
print(newname)
