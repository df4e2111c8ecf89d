# An uncaught exception raised inside nested generators: traceback frames go through each generator.
def level3(n):
    for i in range(n):
        if i == 2:
            raise ValueError(f"bad item {i}")
        yield i

def level2(n):
    yield from level3(n)

def level1():
    for v in level2(5):
        yield v * 10

def consume():
    total = 0
    for v in level1():
        print("consumed", v)
        total += v
    return total

print("start")
consume()
