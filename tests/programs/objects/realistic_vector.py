# A 2D/3D Vector type with full operator overloading, reflected ops, comparisons and hashing.
import math


class Vector:
    __slots__ = ("_c",)

    def __init__(self, *components):
        if len(components) == 1 and isinstance(components[0], (list, tuple)):
            components = tuple(components[0])
        object.__setattr__(self, "_c", tuple([float(c) for c in components]))

    def __setattr__(self, name, value):
        raise AttributeError("Vector is immutable")

    def __len__(self):
        return len(self._c)

    def __iter__(self):
        return iter(self._c)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return Vector(self._c[i])
        return self._c[i]

    def _check(self, other):
        if not isinstance(other, Vector):
            return False
        if len(other) != len(self):
            raise ValueError(f"dimension mismatch: {len(self)} vs {len(other)}")
        return True

    def __add__(self, other):
        if not self._check(other):
            return NotImplemented
        return Vector([a + b for a, b in zip(self, other)])

    def __sub__(self, other):
        if not self._check(other):
            return NotImplemented
        return Vector([a - b for a, b in zip(self, other)])

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vector([a * k for a in self])
        return NotImplemented

    def __rmul__(self, k):
        return self * k

    def __truediv__(self, k):
        if isinstance(k, (int, float)):
            return Vector([a / k for a in self])
        return NotImplemented

    def __matmul__(self, other):
        if not self._check(other):
            return NotImplemented
        return sum([a * b for a, b in zip(self, other)])

    def __neg__(self):
        return Vector([-a for a in self])

    def __pos__(self):
        return self

    def __abs__(self):
        return math.sqrt(self @ self)

    def __bool__(self):
        return any(self._c)

    def __eq__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return self._c == other._c

    def __hash__(self):
        return hash(self._c)

    def __lt__(self, other):
        return abs(self) < abs(other)

    def __repr__(self):
        return "Vector(" + ", ".join([f"{c:g}" for c in self._c]) + ")"

    def __format__(self, spec):
        return "<" + ", ".join([format(c, spec) for c in self._c]) + ">"

    def cross(self, other):
        a1, a2, a3 = self
        b1, b2, b3 = other
        return Vector(a2 * b3 - a3 * b2, a3 * b1 - a1 * b3, a1 * b2 - a2 * b1)

    def normalized(self):
        n = abs(self)
        if n == 0:
            raise ZeroDivisionError("cannot normalize the zero vector")
        return self / n

    def angle(self, other):
        return math.degrees(math.acos((self @ other) / (abs(self) * abs(other))))


v = Vector(3, 4)
w = Vector([1, 2])
print(v, w, v + w, v - w, v * 2, 2 * v, v / 2, -v, +v is v)
print(abs(v), v @ w, bool(v), bool(Vector(0, 0)), len(v), list(v), v[0], v[-1], v[0:1])
print(f"{v:.2f}", f"{Vector(1, 2, 3):+.1e}")
x, y = v
print(x, y, v == Vector(3.0, 4.0), v != w, hash(v) == hash(Vector(3, 4)))
print(sorted([Vector(5, 5), Vector(1, 0), v]), max([w, v]))
i, j, k = Vector(1, 0, 0), Vector(0, 1, 0), Vector(0, 0, 1)
print(i.cross(j), j.cross(k), k.cross(i), i.cross(j) == k)
print(Vector(3, 4).normalized(), round(i.angle(j), 6), round(Vector(1, 1).angle(Vector(1, 0)), 6))
acc = Vector(0, 0)
for step in [Vector(1, 0), Vector(0, 2), Vector(-3, 1)]:
    acc += step
print("accumulated:", acc)
print({Vector(1, 2): "a", Vector(1.0, 2.0): "b"})
for bad in (lambda: v + Vector(1, 2, 3), lambda: v + 1, lambda: v * v, lambda: Vector(0, 0).normalized(),
            lambda: setattr(v, "x", 1), lambda: "s" * v):
    try:
        bad()
    except (ValueError, TypeError, ZeroDivisionError, AttributeError) as e:
        print(type(e).__name__, e)
