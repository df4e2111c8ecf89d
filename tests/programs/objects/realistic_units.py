# Unit conversion system: Quantity with dimensions, unit registry via metaclass-free class attributes, arithmetic and comparisons.
class DimensionError(TypeError):
    pass


class Unit:
    registry = {}

    def __init__(self, symbol, factor, dims):
        self.symbol, self.factor, self.dims = symbol, factor, dims
        Unit.registry[symbol] = self

    def __rmul__(self, value):
        return Quantity(value, self)

    def __repr__(self):
        return f"Unit({self.symbol})"

    @classmethod
    def lookup(cls, symbol):
        try:
            return cls.registry[symbol]
        except KeyError:
            raise ValueError(f"unknown unit {symbol!r}") from None


def dims_str(dims):
    parts = [f"{k}^{v}" if v != 1 else k for k, v in sorted(dims.items()) if v]
    return "*".join(parts) or "1"


def combine(a, b, sign):
    out = dict(a)
    for k, v in b.items():
        out[k] = out.get(k, 0) + sign * v
    return {k: v for k, v in out.items() if v}


m = Unit("m", 1.0, {"L": 1})
km = Unit("km", 1000.0, {"L": 1})
cm = Unit("cm", 0.01, {"L": 1})
inch = Unit("in", 0.0254, {"L": 1})
s = Unit("s", 1.0, {"T": 1})
h = Unit("h", 3600.0, {"T": 1})
kg = Unit("kg", 1.0, {"M": 1})
lb = Unit("lb", 0.45359237, {"M": 1})


class Quantity:
    __slots__ = ("value", "dims")

    def __init__(self, value, unit=None, dims=None):
        if unit is not None:
            self.value = value * unit.factor
            self.dims = dict(unit.dims)
        else:
            self.value = value
            self.dims = dict(dims or {})

    def to(self, symbol):
        unit = Unit.lookup(symbol)
        if unit.dims != self.dims:
            raise DimensionError(f"cannot convert {dims_str(self.dims)} to {symbol} ({dims_str(unit.dims)})")
        return self.value / unit.factor

    def _same(self, other):
        if not isinstance(other, Quantity):
            raise DimensionError(f"cannot combine Quantity with {type(other).__name__}")
        if other.dims != self.dims:
            raise DimensionError(f"dimension mismatch: {dims_str(self.dims)} vs {dims_str(other.dims)}")

    def __add__(self, other):
        self._same(other)
        return Quantity(self.value + other.value, dims=self.dims)

    def __sub__(self, other):
        self._same(other)
        return Quantity(self.value - other.value, dims=self.dims)

    def __mul__(self, other):
        if isinstance(other, Quantity):
            return Quantity(self.value * other.value, dims=combine(self.dims, other.dims, 1))
        if isinstance(other, (int, float)):
            return Quantity(self.value * other, dims=self.dims)
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, Quantity):
            return Quantity(self.value / other.value, dims=combine(self.dims, other.dims, -1))
        return Quantity(self.value / other, dims=self.dims)

    def __rtruediv__(self, other):
        return Quantity(other / self.value, dims={k: -v for k, v in self.dims.items()})

    def __eq__(self, other):
        return isinstance(other, Quantity) and self.dims == other.dims and abs(self.value - other.value) < 1e-9

    def __lt__(self, other):
        self._same(other)
        return self.value < other.value

    __hash__ = None

    def __bool__(self):
        return self.value != 0

    def __float__(self):
        if self.dims:
            raise DimensionError(f"quantity with dimension {dims_str(self.dims)} is not a plain number")
        return float(self.value)

    def __repr__(self):
        return f"{self.value:g} [{dims_str(self.dims)}]"


marathon = 42.195 * km
print(marathon, round(marathon.to("m")), round(marathon.to("in")), 5 * cm)
print(1 * km + 250 * m, (1 * km - 1 * m).to("cm"), 2 * (3 * m), (3 * m) * 2)
speed = marathon / (2 * h + 0.5 * h)
print(speed, round(speed.value * 3.6, 3), "km/h")
area = (3 * m) * (4 * m)
print(area, area / (2 * m), 1 / (4 * s), float((6 * m) / (3 * m)))
print(1 * inch < 3 * cm, sorted([1 * km, 500 * m, 12 * inch]), max([1 * lb, 0.5 * kg]))
print(100 * cm == 1 * m, 1 * kg == 1 * m, bool(0 * s), bool(1 * s))
print(round((150 * lb).to("kg"), 3), Unit.lookup("h"), len(Unit.registry))
for bad in (lambda: 1 * m + 1 * s, lambda: (1 * m).to("kg"), lambda: Unit.lookup("furlong"),
            lambda: float(2 * m), lambda: 1 * m < 5, lambda: hash(1 * m), lambda: (1 * m) * "x"):
    try:
        bad()
    except (DimensionError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
