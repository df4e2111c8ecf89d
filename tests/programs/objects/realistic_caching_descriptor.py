# Caching descriptors: a non-data cached_property that stores into the instance dict, and a data descriptor with TTL by version.
compute_log = []


class cached_property:
    def __init__(self, func):
        self.func = func
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        self.attrname = name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        value = self.func(obj)
        obj.__dict__[self.attrname] = value
        return value


class versioned_cache:
    """Data descriptor: recomputes when obj.version changes."""

    def __init__(self, func):
        self.func = func

    def __set_name__(self, owner, name):
        self.name = name
        self.slot = "_cache_" + name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        cached = obj.__dict__.get(self.slot)
        if cached is not None and cached[0] == obj.version:
            return cached[1]
        value = self.func(obj)
        obj.__dict__[self.slot] = (obj.version, value)
        return value

    def __set__(self, obj, value):
        raise AttributeError(f"{self.name} is computed")

    def __delete__(self, obj):
        obj.__dict__.pop(self.slot, None)


class Dataset:
    def __init__(self, values):
        self._values = list(values)
        self.version = 0

    def append(self, v):
        self._values.append(v)
        self.version += 1

    @cached_property
    def frozen_total(self):
        """Total at first access; never recomputed."""
        compute_log.append("frozen_total")
        return sum(self._values)

    @versioned_cache
    def mean(self):
        compute_log.append(f"mean@v{self.version}")
        return sum(self._values) / len(self._values)

    @versioned_cache
    def spread(self):
        compute_log.append(f"spread@v{self.version}")
        return max(self._values) - min(self._values)


d = Dataset([1, 2, 3, 6])
print(d.frozen_total, d.frozen_total, d.mean, d.mean, d.spread)
print(compute_log)
d.append(8)
print(d.frozen_total, d.mean, d.mean, d.spread, d.spread)
print(compute_log)
del d.frozen_total
print(d.frozen_total, compute_log[-1])
d.frozen_total = 999
print(d.frozen_total)
try:
    d.mean = 5
except AttributeError as e:
    print("AttributeError:", e)
del d.mean
print(d.mean, compute_log[-1])
print(type(Dataset.mean).__name__, Dataset.frozen_total.__doc__, Dataset.mean.name)
print(sorted(vars(d)))
other = Dataset([10])
print(other.mean, other.frozen_total, d.mean)
print(compute_log)


class Expensive:
    calls = 0

    def __init__(self, n):
        self.n = n

    @cached_property
    def factors(self):
        Expensive.calls += 1
        return [k for k in range(1, self.n + 1) if self.n % k == 0]


items = [Expensive(n) for n in (12, 28, 12)]
for _ in range(3):
    print([len(e.factors) for e in items], end=" ")
print()
print(Expensive.calls, items[0].factors, items[1].__dict__["factors"])
