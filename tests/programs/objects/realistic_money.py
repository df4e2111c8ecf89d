# Money value type in integer cents with currencies, allocation, comparisons, hashing and formatting.
class CurrencyMismatch(TypeError):
    pass


class Money:
    __slots__ = ("_cents", "_cur")
    symbols = {"USD": "$", "GBP": "GBP:"}

    def __init__(self, amount, currency="EUR"):
        if isinstance(amount, str):
            whole, _, frac = amount.partition(".")
            sign = -1 if whole.startswith("-") else 1
            cents = abs(int(whole)) * 100 + int((frac + "00")[:2])
            amount_cents = sign * cents
        elif isinstance(amount, int):
            amount_cents = amount * 100
        else:
            raise TypeError(f"use str or int amounts, not {type(amount).__name__}")
        object.__setattr__(self, "_cents", amount_cents)
        object.__setattr__(self, "_cur", currency)

    @classmethod
    def cents(cls, n, currency="EUR"):
        m = cls(0, currency)
        object.__setattr__(m, "_cents", n)
        return m

    def __setattr__(self, name, value):
        raise AttributeError("Money is immutable")

    @property
    def currency(self):
        return self._cur

    def _same(self, other):
        if not isinstance(other, Money):
            return False
        if other._cur != self._cur:
            raise CurrencyMismatch(f"{self._cur} vs {other._cur}")
        return True

    def __add__(self, other):
        if other == 0:
            return self
        if not self._same(other):
            return NotImplemented
        return Money.cents(self._cents + other._cents, self._cur)

    def __radd__(self, other):
        return self.__add__(other)

    def __sub__(self, other):
        if not self._same(other):
            return NotImplemented
        return Money.cents(self._cents - other._cents, self._cur)

    def __mul__(self, k):
        if isinstance(k, int):
            return Money.cents(self._cents * k, self._cur)
        return NotImplemented

    __rmul__ = __mul__

    def __neg__(self):
        return Money.cents(-self._cents, self._cur)

    def allocate(self, *ratios):
        total = sum(ratios)
        shares = [self._cents * r // total for r in ratios]
        remainder = self._cents - sum(shares)
        for i in range(remainder):
            shares[i] += 1
        return [Money.cents(s, self._cur) for s in shares]

    def __eq__(self, other):
        if isinstance(other, int) and other == 0:
            return self._cents == 0
        if not isinstance(other, Money):
            return NotImplemented
        return (self._cents, self._cur) == (other._cents, other._cur)

    def __lt__(self, other):
        if not self._same(other):
            return NotImplemented
        return self._cents < other._cents

    def __le__(self, other):
        return self == other or self < other

    def __hash__(self):
        return hash((self._cents, self._cur))

    def __bool__(self):
        return self._cents != 0

    def __str__(self):
        sign = "-" if self._cents < 0 else ""
        c = abs(self._cents)
        return f"{sign}{self.symbols.get(self._cur, self._cur + ' ')}{c // 100:,}.{c % 100:02d}"

    def __repr__(self):
        return f"Money('{self._cents / 100:.2f}', '{self._cur}')"

    def __format__(self, spec):
        if spec == "code":
            return f"{abs(self._cents) / 100 * (1 if self._cents >= 0 else -1):.2f} {self._cur}"
        return format(str(self), spec)


price = Money("19.99")
tax = Money("3.80")
print(price, tax, price + tax, repr(price - tax), price * 3, 2 * tax, -price)
print(sum([price, tax, Money(1)]), Money("1234567.5"), Money("-0.05"), Money(0) == 0)
print(f"[{price:>10}] [{price:code}] [{-price:code}] [{Money(5, 'USD')}] [{Money(7, 'CHF')}]")
parts = Money("100.00").allocate(1, 1, 1)
print(parts, sum(parts), Money.cents(5).allocate(3, 7))
print(price > tax, price <= Money("19.99"), sorted([price, tax, Money("5")]), max([price, tax]))
print(len({Money("1.00"), Money(1), Money("1.0"), Money(1, "USD")}), bool(Money(0)), bool(tax))
wallet = {}
for m in [Money(5), Money(2, "USD"), Money("0.50"), Money(1, "USD")]:
    wallet[m.currency] = wallet.get(m.currency, 0) + m
print(sorted([(k, str(v)) for k, v in wallet.items()]))
for bad in (lambda: price + Money(1, "USD"), lambda: price < Money(1, "GBP"), lambda: price * 1.5,
            lambda: Money(1.5), lambda: setattr(price, "_cents", 0), lambda: price + 5):
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(issubclass(CurrencyMismatch, TypeError), price)
