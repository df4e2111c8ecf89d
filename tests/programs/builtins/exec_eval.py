# eval() and exec() with explicit namespaces, and compile().
print(eval("1 + 2 * 3"))
print(eval("x * y", {"x": 6, "y": 7}))
print(eval("[n * n for n in range(5)]"))
ns = {}
exec("a = 10\nb = a * 2\ndef f(k):\n    return a + b + k\n", ns)
print(ns["a"], ns["b"], ns["f"](1), sorted([k for k in ns if k != "__builtins__"]))

glob = {"scale": 3}
loc = {"v": 5}
print(eval("scale * v", glob, loc))
exec("w = scale + v", glob, loc)
print(loc["w"], "w" in glob)

code = compile("total = sum(range(n))", "<calc>", "exec")
env = {"n": 101}
exec(code, env)
print(env["total"], type(code).__name__, code.co_filename)
expr = compile("n ** 2", "<sq>", "eval")
print([eval(expr, {"n": i}) for i in range(6)])

# builtins are available by default
print(eval("len('abc') + abs(-4)", {}))

# syntax errors and runtime errors inside eval
for src in ["1 +", "undefined_name", "1 / 0", "[1, 2][5]"]:
    try:
        eval(src, {})
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
    except Exception as e:
        print(type(e).__name__ + ":", e)

# exec returns None; eval of a statement is a syntax error
print(exec("pass"))
try:
    eval("x = 1")
except SyntaxError as e:
    print("SyntaxError:", e.msg)

# exec can define functions that see the namespace as globals
prog = """
counter = 0
def tick():
    global counter
    counter += 1
    return counter
"""
space = {}
exec(prog, space)
space["tick"](); space["tick"]()
print(space["counter"])

# eval with a computed expression string
ops = ["+", "-", "*", "//", "%", "**"]
print({op: eval(f"17 {op} 5") for op in ops})
