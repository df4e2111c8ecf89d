items = [1, 2, 3]
a = reversed(items)
b = items.__reversed__()
print(type(a).__name__, type(b).__name__, type(a) is type(b), list(a), list(b))
shrinking = [1, 2, 3, 4]
it = reversed(shrinking)
print(next(it))
del shrinking[:3]
print(list(it))
