# Builtins calling back into user dunders: sorted/__lt__, sum/__radd__, max/key, min, any, map.
class Task:
    def __init__(self, name, prio):
        self.name, self.prio = name, prio

    def __lt__(self, other):
        return (self.prio, self.name) < (other.prio, other.name)

    def __repr__(self):
        return f"{self.name}:{self.prio}"


tasks = [Task("write", 2), Task("read", 1), Task("exec", 2), Task("boot", 0)]
print(sorted(tasks))
print(sorted(tasks, reverse=True))
print(min(tasks), max(tasks))
print(max(tasks, key=lambda t: len(t.name)), min(tasks, key=lambda t: t.name))
tasks.sort()
print(tasks)
try:
    Task("a", 1) > Task("b", 2)
    print("reflected __gt__ via __lt__ works:", Task("a", 1) > Task("b", 2))
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([Task("a", 1), 3])
except TypeError as e:
    print("TypeError:", e)


class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __radd__(self, o):
        if o == 0:
            return self
        return NotImplemented

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


print(sum([Vec(1, 2), Vec(3, 4), Vec(5, 6)]))
print(sum([Vec(1, 1)], Vec(10, 10)))
try:
    sum([Vec(1, 1)], 5)
except TypeError as e:
    print("TypeError:", e)


class Score:
    def __init__(self, v):
        self.v = v

    def __gt__(self, o):
        return self.v > o.v

    def __repr__(self):
        return f"S{self.v}"


print(max([Score(3), Score(9), Score(1)]))
print(min([Score(3), Score(1), Score(2)]), "(min via reflected __gt__)")
try:
    Score(1) <= Score(2)
except TypeError as e:
    print("TypeError:", e)
print(sorted([Score(2), Score(1)], key=lambda s: s.v), list(map(repr, [Score(0)])))
