import sys
print("to stdout")
print("to stderr", file=sys.stderr)
n = sys.stdout.write("written directly\n")
print(n)
sys.stderr.write("error text\n")
print("a", "b", sep="-", end="!\n", file=sys.stdout, flush=True)
print(sys.stdout.isatty() in (True, False))
print("last line of stderr", file=sys.stderr)
