items = [3, 1]
m = items.append
print(m.__name__, m.__qualname__, m.__self__ is items, len.__name__, len.__qualname__, list.append.__qualname__)
print("abc".upper.__name__, "abc".upper.__qualname__, "abc".upper.__self__, {}.get.__qualname__)
print(len.__self__.__name__, print.__name__, sorted.__qualname__)
