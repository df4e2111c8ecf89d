# sys.argv with arguments from argv.args (one per line).
import sys

print(len(sys.argv) - 1, "arguments")
i = 1
while i < len(sys.argv):
    print(i, sys.argv[i])
    i = i + 1
