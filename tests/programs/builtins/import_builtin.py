# __import__(): builtin modules
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

sys_module = __import__("sys")
import sys
print(sys_module is sys, sys_module.__name__)
print(__import__("sys", globals(), locals(), [], 0) is sys)
print(__import__(name="sys") is sys, __import__("sys", fromlist=["argv"]) is sys)
print(__import__("builtins").len is len)
show(lambda: __import__("no_such_module_here"))
show(lambda: __import__())
show(lambda: __import__(1))
show(lambda: __import__("sys", level=-1))
show(lambda: __import__(""))
show(lambda: __import__("sys", bogus=1))
try:
    __import__("missing_mod")
except ImportError as e:
    print(type(e).__name__, e.name)
