# Queues, stacks, rotations and sliding windows with plain lists.
stack = []
for token in "3 4 + 2 * 7 -".split():
    if token.isdigit():
        stack.append(int(token))
    else:
        b, a = stack.pop(), stack.pop()
        stack.append({"+": a + b, "-": a - b, "*": a * b}[token])
    print(f"{token:>2} {stack}")

# FIFO queue with pop(0) and a moving head index
queue = ["job1", "job2"]
queue.append("job3")
served = []
while queue:
    served.append(queue.pop(0))
    if served[-1] == "job2":
        queue.append("job2-retry")
print(served)

# rotation with slicing
def rotate(seq, k):
    if not seq:
        return seq
    k %= len(seq)
    return seq[-k:] + seq[:-k]

data = list(range(1, 8))
for k in (0, 1, 3, -2, 7, 10):
    print(k, rotate(data, k))
print(rotate("abcdef", 2), rotate((1, 2, 3), -1), rotate([], 3))

# sliding window sums and maxima
nums = [4, 2, 12, 3, 8, 1, 7, 5, 9]
w = 3
print([sum(nums[i:i + w]) for i in range(len(nums) - w + 1)])
print([max(nums[i:i + w]) for i in range(len(nums) - w + 1)])

# monotonic stack: next greater element
def next_greater(values):
    result = [-1] * len(values)
    st = []
    for i, v in enumerate(values):
        while st and values[st[-1]] < v:
            result[st.pop()] = v
        st.append(i)
    return result

print(next_greater(nums))

# bracket matching with a stack
PAIRS = {")": "(", "]": "[", "}": "{"}

def balanced(text):
    st = []
    for pos, ch in enumerate(text):
        if ch in "([{":
            st.append((ch, pos))
        elif ch in PAIRS:
            if not st or st[-1][0] != PAIRS[ch]:
                return f"unexpected {ch!r} at {pos}"
            st.pop()
    return "ok" if not st else f"unclosed {st[-1][0]!r} at {st[-1][1]}"

for t in ["(a[b]{c})", "(]", "((x)", "{[()()]}", "", "}"]:
    print(repr(t), balanced(t))

# josephus problem with a list as a circular queue
def josephus(n, k):
    people = list(range(1, n + 1))
    order = []
    idx = 0
    while people:
        idx = (idx + k - 1) % len(people)
        order.append(people.pop(idx))
    return order

print(josephus(7, 3), josephus(10, 2)[-1])

# undo/redo with two stacks
doc, undo, redo = "", [], []
def edit(text):
    global doc
    undo.append(doc)
    redo.clear()
    doc = text

def do_undo():
    global doc
    if undo:
        redo.append(doc)
        doc = undo.pop()

def do_redo():
    global doc
    if redo:
        undo.append(doc)
        doc = redo.pop()

edit("a"); edit("ab"); edit("abc")
do_undo(); do_undo()
print(repr(doc), undo, redo)
do_redo()
edit("abX")
do_redo()
print(repr(doc), undo, redo)
