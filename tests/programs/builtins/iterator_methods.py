# __iter__ and __next__ on every builtin iterator, and their descriptor errors
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

def sentinel_source():
    return 1
iterators = [iter([1, 2]), iter((1, 2)), iter(range(2)), iter("ab"), iter({"k": 1}), iter({7}),
             enumerate("ab"), zip("ab", "cd"), map(abs, [-1]), filter(None, [0, 5]),
             reversed((1, 2)), reversed([1, 2]), reversed({"a": 1}), reversed(range(3)),
             iter(sentinel_source, 1)]
for it in iterators:
    name = type(it).__name__
    same = it.__iter__() is it
    first = it.__next__() if name != "callable_iterator" else "(empty)"
    print(name, same, first)
it = iter([1])
print(it.__next__())
show(lambda: it.__next__())
show(lambda: iter(()).__next__())
print(next(iter([5]).__iter__()))
show(lambda: iter([]).__next__(1))
print(list(map(lambda i: i.__next__(), [iter("xy"), iter("z")])))
