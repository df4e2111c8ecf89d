import sys
print(sys.implementation.name in ("cpython", "byterun"), sys.implementation.cache_tag)
print(sys.version_info[:2], sys.version_info[0] == 3, sys.maxsize == 2 ** 63 - 1, sys.byteorder, sys.platform)
print(sys.path[0] == __file__[:len(__file__) - len("/sys_module.py")])
print("sys" in sys.modules, sys.modules["sys"] is sys, type(sys.modules).__name__)
print(sys.intern("abc") == "abc", [sys.getsizeof(v) for v in [0, 1, 2 ** 30, 1.5, True, "", "abc", [], (), (1, 2), None, {}]])
line = sys.stdin.readline()
print(repr(line))
rest = sys.stdin.readlines()
print(rest, repr(sys.stdin.readline()))
print(sys.getrecursionlimit())
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(e)
sys.stdout.write("done\n")
