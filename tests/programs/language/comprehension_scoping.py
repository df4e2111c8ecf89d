# Comprehensions: scoping, nesting, conditions, walrus, dict/set comprehensions.
x = "outer x"
squares = [x * x for x in range(6)]
print(squares, x)

# nested loops read left to right
pairs = [(i, j) for i in range(4) for j in range(i) if (i + j) % 2]
print(pairs)

# nested comprehension builds a matrix; the inner one is its own scope
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix)
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v % 2 == 0])

# conditional expression inside vs filter
print(["even" if n % 2 == 0 else "odd" for n in range(5)])
print([n for n in range(20) if n % 3 == 0 if n % 2 == 0])

# dict and set comprehensions
words = ["apple", "banana", "cherry", "avocado", "blueberry", "cranberry", "apricot"]
by_letter = {w[0]: [v for v in words if v[0] == w[0]] for w in words}
print(sorted(by_letter.items()))
lengths = {len(w) for w in words}
print(sorted(lengths))
inverted = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inverted)

# walrus binds in the enclosing scope
data = [3, 8, 1, 9, 4, 7]
big = [y for v in data if (y := v * 2) > 8]
print(big, "last y:", y)
running = 0
totals = [running := running + v for v in data]
print(totals, running)

# the first iterable is evaluated in the enclosing scope, eagerly
def first_iterable_eager():
    seq = [1, 2, 3]
    gen_list = [s * 10 for s in seq]
    seq.append(4)
    return gen_list

print(first_iterable_eager())

# class-free closures in comprehensions capture the comprehension variable
funcs = [lambda: k for k in "abc"]
print([f() for f in funcs])

# comprehension over a dict mutates nothing; over its keys
prices = {"pen": 1.5, "book": 12.0, "bag": 30.25}
discounted = {name: round(p * 0.9, 2) for name, p in prices.items() if p > 2}
print(discounted)

# comprehension variable does not leak
try:
    print(k)
except NameError as e:
    print("NameError:", e)

# comprehension inside a function referencing a function local
def scale_all(values, factor):
    return [v * factor for v in values]

print(scale_all([1, 2, 3], 7))

# nested comprehension reading an outer comprehension variable
print([[i * j for j in range(1, i + 1)] for i in range(1, 5)])

# flatten, unique preserving order
nested = [[1, 2, 2], [3, 1], [4, 3, 5]]
seen = set()
unique = [v for sub in nested for v in sub if not (v in seen or seen.add(v))]
print(unique)

# comprehensions with tuple unpacking and star
records = [("a", 1, 2, 3), ("b", 4), ("c",)]
print([(name, sum(rest)) for name, *rest in records])
print({name: len(rest) for name, *rest in records})

# an exception inside a comprehension propagates
try:
    print([10 // n for n in [5, 2, 0, 1]])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

# the comprehension's locals are hidden
def locals_check():
    a = 1
    r = [sorted(locals()) for _ in range(1)]
    return r, sorted(locals())

print(locals_check())
