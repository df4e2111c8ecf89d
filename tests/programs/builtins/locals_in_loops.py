# locals() read in hot code: a long loop (compiled while it runs) and a function called many times
def scan(n):
    total = 0
    seen = None
    for i in range(n):
        total += i
        if i == n - 1:
            seen = locals()
    return seen

print(scan(50000))

def pair(a, b):
    c = a * b
    return locals()
last = None
for k in range(20000):
    last = pair(k, 2)
print(last)

def closure_locals():
    captured = [1]
    def add(x):
        captured.append(x)
        return locals()
    out = None
    for j in range(3000):
        out = add(j)
    return sorted(out), len(captured)
print(closure_locals())
