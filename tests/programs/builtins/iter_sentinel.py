# iter(callable, sentinel): the callable_iterator
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

state = [0]
def counter():
    state[0] += 1
    return state[0]
it = iter(counter, 5)
print(type(it).__name__, iter(it) is it)
print(list(it))
print(next(it, "exhausted"), state[0])
lines = ["first", "second", "", "after"]
pos = [0]
def read_line():
    line = lines[pos[0]]
    pos[0] += 1
    return line
print(list(iter(read_line, "")))
print(pos[0])
data = [3, 1, 4, 1, 5]
print(list(iter(data.pop, 4)))
print(data)
def stopper():
    raise StopIteration
print(list(iter(stopper, 0)))
def failing():
    raise KeyError("boom")
show(lambda: list(iter(failing, 0)))
show(lambda: iter(5, 0))
show(lambda: iter("abc", "b"))
print(list(iter(lambda: 1.0, 1)))
for x in iter(counter, 9):
    print("got", x)
