# Closures: factories, shared cells, nonlocal across levels, late binding.
def make_accumulator(start=0):
    total = start
    history = []

    def add(x):
        nonlocal total
        total += x
        history.append(total)
        return total

    def reset():
        nonlocal total
        old = total
        total = start
        history.clear()
        return old

    def snapshot():
        return total, list(history)

    return add, reset, snapshot


add, reset, snapshot = make_accumulator(10)
for v in (1, 2, 3, -4):
    add(v)
print(snapshot())
print("reset returned", reset())
print(snapshot())
add(100)
print(snapshot())

# two independent accumulators do not share state
a1, _, s1 = make_accumulator()
a2, _, s2 = make_accumulator(1000)
a1(5); a2(5); a1(5)
print(s1(), s2())

# late binding: every lambda sees the final i
late = [lambda: i for i in range(4)]
print([f() for f in late])
# default argument captures the value at definition time
early = [lambda i=i: i * i for i in range(4)]
print([f() for f in early])


# nonlocal through two levels
def outer():
    depth = 0

    def middle():
        def inner():
            nonlocal depth
            depth += 1
            return depth
        inner()
        inner()
        return inner

    f = middle()
    f()
    return depth


print("depth", outer())


# closures over loop variables with a helper
def make_multipliers(n):
    def make(k):
        return lambda x: x * k
    return [make(k) for k in range(1, n + 1)]


print([m(10) for m in make_multipliers(5)])

# inspecting cells
def counter():
    count = 0

    def bump():
        nonlocal count
        count += 1
        return count
    return bump


c = counter()
c(); c(); c()
print(c.__code__.co_freevars, c.__closure__[0].cell_contents)
print(counter.__code__.co_cellvars)


# a closure modifying a mutable captured without nonlocal
def memo_fib():
    cache = {0: 0, 1: 1}

    def fib(n):
        if n not in cache:
            cache[n] = fib(n - 1) + fib(n - 2)
        return cache[n]
    return fib, cache


fib, cache = memo_fib()
print(fib(60), len(cache))


# compose functions
def compose(*fns):
    def run(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return run


inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))


# referencing a variable before nonlocal assignment
def broken():
    value = 1

    def inner():
        print(value)
        value = 2
    inner()


try:
    broken()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def free_before_assign():
    def inner():
        return later
    try:
        inner()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    later = "now bound"
    return inner()


print(free_before_assign())


def empty_cell():
    def inner():
        return x
    cell = inner.__closure__[0]
    try:
        cell.cell_contents
    except ValueError as e:
        print("ValueError:", e)
    x = 5
    return cell.cell_contents


print(empty_cell())
