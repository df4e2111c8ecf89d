# global statements, del of names/items/slices, and the errors around them.
counter = 0
registry = {}


def bump(n=1):
    global counter
    counter += n
    return counter


def register(name, value):
    registry[name] = value  # no global needed to mutate


def create_global():
    global created_late
    created_late = "made inside a function"


bump(); bump(5)
register("a", 1)
create_global()
print(counter, registry, created_late)


def shadow():
    counter = "local"
    return counter


print(shadow(), counter)


def read_then_assign():
    try:
        print(counter)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    counter = 1
    return counter


print(read_then_assign())

# del of names
temp = [1, 2, 3]
alias = temp
del temp
try:
    temp
except NameError as e:
    print("NameError:", e)
print("alias survives:", alias)


def del_local():
    x = 10
    del x
    try:
        return x
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"


print(del_local())


def del_global():
    global doomed
    del doomed


doomed = 1
del_global()
print("doomed" in globals())
try:
    del_global()
except NameError as e:
    print("NameError:", e)

# del items and slices
nums = list(range(10))
del nums[0]
del nums[-1]
del nums[::2]
print(nums)
del nums[1:3]
print(nums)
d = {"x": 1, "y": 2, "z": 3}
del d["y"]
print(d)
try:
    del d["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    del nums[50]
except IndexError as e:
    print("IndexError:", e)
try:
    t = (1, 2)
    del t[0]
except TypeError as e:
    print("TypeError:", e)
try:
    s = "abc"
    del s[0]
except TypeError as e:
    print("TypeError:", e)

# del of multiple targets and nested targets
a, b, c = 1, 2, 3
del a, b
print([name for name in ("a", "b", "c") if name in globals()])
pairs = [[1, 2], [3, 4]]
del pairs[0][1], pairs[1][0]
print(pairs)

# del a name in a loop, then rebind
for i in range(3):
    val = i * i
    if i == 1:
        del val
        val = "rebound"
    print(i, val)

# function attributes and del
def tagged():
    return "tagged"


tagged.label = "important"
print(tagged.label)
del tagged.label
try:
    tagged.label
except AttributeError as e:
    print("AttributeError:", e)

# globals() is the module dict
globals()["injected"] = 42
print(injected)
print(sorted([k for k in globals() if not k.startswith("__")])[:6])
print(undefined_name_at_the_end)
