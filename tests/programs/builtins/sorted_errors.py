# sorted() errors: CPython's messages, including which comparison fails first
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: sorted())
show(lambda: sorted([1], [2]))
show(lambda: sorted(5))
show(lambda: sorted([1, "a"]))
show(lambda: sorted(["a", 1]))
show(lambda: sorted([3, 1, "a"]))
show(lambda: sorted([1, 2, 3, None]))
show(lambda: sorted([None, None]))
show(lambda: sorted([1], foo=1))
show(lambda: sorted([1, 2], key=5))
show(lambda: sorted([], key=5))
show(lambda: sorted([1, 0], key=lambda x: 1 / x))
show(lambda: sorted([{1: 2}, {3: 4}]))
show(lambda: sorted([(1, 2), (1, "x")]))
show(lambda: sorted([1j, 2j]))
show(lambda: sorted(iterable=[1]))
