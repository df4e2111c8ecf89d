# Decorators around generator functions, generator methods, staticmethod/classmethod/property generators.
def logged(fn):
    def wrapper(*args):
        print("calling", fn.__name__, args)
        for item in fn(*args):
            print("  passing", item)
            yield item
        print("done", fn.__name__)
    wrapper.__name__ = fn.__name__
    return wrapper

@logged
def squares(n):
    for i in range(n):
        yield i * i

print(list(squares(3)))

def delegating(fn):
    def wrapper(*a):
        result = yield from fn(*a)
        print("wrapped result", result)
        return result
    return wrapper

@delegating
def talker():
    got = yield "hello"
    return got * 2

t = talker()
print(next(t))
try:
    t.send(21)
except StopIteration as s:
    print("final", s.value)

class Tree:
    def __init__(self, label, *kids):
        self.label, self.kids = label, kids
    def walk(self):
        yield self.label
        for k in self.kids:
            yield from k.walk()
    @staticmethod
    def numbers(n):
        yield from range(n)
    @classmethod
    def names(cls):
        yield cls.__name__
        for base in cls.__mro__[1:]:
            yield base.__name__
    @property
    def leaves(self):
        if not self.kids:
            yield self.label
        for k in self.kids:
            yield from k.leaves

class SubTree(Tree):
    pass

t = Tree("a", Tree("b", Tree("d")), Tree("c"))
print(list(t.walk()), list(Tree.numbers(3)), list(SubTree.names()), list(t.leaves))
w = t.walk
print(list(w()), list(w()))
print(type(t.walk()).__name__, t.walk().__qualname__)

def retry(times):
    def deco(fn):
        def wrapper(*a):
            for attempt in range(times):
                try:
                    yield from fn(*a, attempt)
                    return
                except ValueError as e:
                    yield f"attempt {attempt} failed: {e}"
        return wrapper
    return deco

@retry(3)
def flaky(attempt):
    yield f"try {attempt}"
    if attempt < 2:
        raise ValueError("flaky")
    yield "success"
print(list(flaky()))
class GenCallable:
    def __call__(self, n):
        while n:
            yield n
            n -= 1
print(list(GenCallable()(3)))
