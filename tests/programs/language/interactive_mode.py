for line in ["1 + 2", "None", "'text'", "[1, 2]", "x = 5", "x * 2"]:
    exec(compile(line, "<stdin>", "single"))
print(_)
