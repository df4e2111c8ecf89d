# Name resolution: local, enclosing, global, builtin (LEGB), shadowing builtins, and class-free scopes.
x = "global x"


def outer():
    x = "enclosing x"

    def inner():
        return x

    def local_shadow():
        x = "local x"
        return x

    return inner(), local_shadow(), x


print(outer(), x)

# shadowing a builtin at module level, then removing the shadow
len = lambda obj: "shadowed len"
print(len([1, 2, 3]))
del len
print(len([1, 2, 3]))


def uses_builtin_shadow():
    max = "local max"
    return max, min(3, 1)


print(uses_builtin_shadow())

# the builtins module is reachable through __builtins__ in the main module
import sys
print(type(__builtins__).__name__, __builtins__.abs(-3), sys.modules["builtins"].len("ab"))

# a name assigned anywhere in a function is local everywhere in it
total = 10


def bad_increment():
    try:
        total += 1
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"


print(bad_increment())


def conditional_local(flag):
    if flag:
        y = "assigned"
    try:
        return y
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"


print(conditional_local(True), conditional_local(False))

# loop variables and comprehension variables
for i in range(3):
    pass
print("i after loop", i)
squares = [j * j for j in range(3)]
print("j defined at module level?", "j" in globals())

# nested functions see later assignments in the enclosing scope
def late_binding():
    def show():
        return value
    value = "first"
    a = show()
    value = "second"
    return a, show()


print(late_binding())

# global declared inside a nested function affects the module, not the enclosing function
counter = "module"


def enclosing():
    counter = "enclosing"

    def change():
        global counter
        counter = "changed by inner"

    change()
    return counter


print(enclosing(), counter)

# nonlocal vs global with the same name
name = "module name"


def level1():
    name = "level1 name"

    def level2():
        nonlocal name
        name = "set by level2"

        def level3():
            global name
            name = "set by level3"
        level3()
    level2()
    return name


print(level1(), name)

# functions are looked up at call time
def caller():
    return helper()


def helper():
    return "original helper"


print(caller())


def helper():
    return "redefined helper"


print(caller())

# locals() snapshots and vars()
def snapshot():
    a = 1
    b = [2]
    snap = locals()
    a = 100
    return sorted(snap.items()), sorted(locals())


print(snapshot())
print(undefined_global_name)
