# input() with no input at all: the prompt is still written, then EOFError
try:
    input("prompt: ")
except EOFError as e:
    print()
    print(type(e).__name__, e)
print("done")
input("again> ")
