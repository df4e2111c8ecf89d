# A tiny stack VM: an assembler with labels, a bytecode interpreter with calls, and error reporting.
SOURCE = """
; compute factorials and fibonacci numbers, print them
        push 1
        store i
loop:   load i
        push 8
        gt
        jmpif done
        load i
        call fact
        print
        load i
        call fib
        print
        load i
        push 1
        add
        store i
        jmp loop
done:   push 10
        push 0
        call safe_div
        print
        halt

fact:   dup
        push 2
        lt
        jmpif fact_base
        dup
        push 1
        sub
        call fact
        mul
        ret
fact_base:
        pop
        push 1
        ret

fib:    store n
        push 0
        store a
        push 1
        store b
fib_loop:
        load n
        push 0
        eq
        jmpif fib_done
        load b
        load a
        load b
        add
        store b
        store a
        load n
        push 1
        sub
        store n
        jmp fib_loop
fib_done:
        load a
        ret

safe_div:
        dup
        push 0
        eq
        jmpif div_zero
        div
        ret
div_zero:
        pop
        pop
        push -1
        ret
"""

OPS = {"push": 1, "pop": 0, "dup": 0, "add": 0, "sub": 0, "mul": 0, "div": 0, "lt": 0, "gt": 0, "eq": 0,
       "jmp": 1, "jmpif": 1, "call": 1, "ret": 0, "load": 1, "store": 1, "print": 0, "halt": 0}


def assemble(text):
    program, labels, fixups = [], {}, []
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.split(";")[0].strip()
        if not line:
            continue
        if ":" in line:
            label, _, line = line.partition(":")
            labels[label.strip()] = len(program)
            line = line.strip()
            if not line:
                continue
        op, *args = line.split()
        if op not in OPS:
            raise SyntaxError(f"line {lineno}: unknown op {op!r}")
        if len(args) != OPS[op]:
            raise SyntaxError(f"line {lineno}: {op} takes {OPS[op]} argument(s)")
        arg = args[0] if args else None
        if op == "push":
            arg = int(arg)
        if op in ("jmp", "jmpif", "call"):
            fixups.append((len(program), arg, lineno))
        program.append([op, arg])
    for index, label, lineno in fixups:
        if label not in labels:
            raise SyntaxError(f"line {lineno}: undefined label {label!r}")
        program[index][1] = labels[label]
    return program, labels


def run(program, max_steps=100000):
    stack, frames, out = [], [{}], []
    pc = steps = 0
    binary = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b,
              "div": lambda a, b: a // b, "lt": lambda a, b: int(a < b), "gt": lambda a, b: int(a > b),
              "eq": lambda a, b: int(a == b)}
    returns = []
    while True:
        steps += 1
        if steps > max_steps:
            raise RuntimeError("step limit exceeded")
        op, arg = program[pc]
        pc += 1
        if op == "push":
            stack.append(arg)
        elif op == "pop":
            stack.pop()
        elif op == "dup":
            stack.append(stack[-1])
        elif op in binary:
            b, a = stack.pop(), stack.pop()
            stack.append(binary[op](a, b))
        elif op == "jmp":
            pc = arg
        elif op == "jmpif":
            if stack.pop():
                pc = arg
        elif op == "call":
            returns.append(pc)
            frames.append({})
            pc = arg
        elif op == "ret":
            frames.pop()
            pc = returns.pop()
        elif op == "load":
            stack.append(frames[-1][arg])
        elif op == "store":
            frames[-1][arg] = stack.pop()
        elif op == "print":
            out.append(stack.pop())
        elif op == "halt":
            return out, steps, stack


program, labels = assemble(SOURCE)
print(len(program), "instructions;", "labels:", sorted(labels.items(), key=lambda kv: kv[1])[:5])
output, steps, rest = run(program)
print("output:", output)
print("steps:", steps, "leftover stack:", rest)

for bad in ["push", "frob 1", "jmp nowhere", "push x"]:
    try:
        assemble(bad)
    except (SyntaxError, ValueError) as e:
        print(type(e).__name__ + ":", e)

try:
    run(assemble("top: jmp top")[0], max_steps=50)
except RuntimeError as e:
    print("RuntimeError:", e)
run(assemble("load missing\nhalt")[0])
