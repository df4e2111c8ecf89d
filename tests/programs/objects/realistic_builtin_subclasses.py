# A small accounting ledger built on subclasses of builtin types: Money(int) in cents,
# Account(dict) with __missing__, Journal(list) with validation, Tag(str) normalisation,
# Period(tuple) with named access. Builtins (sum, sorted, max, dict, set, str.join, format)
# call back into the overridden methods.


class Money(int):
    def __new__(cls, amount):
        if isinstance(amount, str):
            sign = -1 if amount.startswith("-") else 1
            whole, _, frac = amount.lstrip("-").partition(".")
            amount = sign * (int(whole) * 100 + (int(frac.ljust(2, "0")) if frac else 0))
        return super().__new__(cls, amount)

    def __repr__(self):
        return f"Money({str(self)!r})"

    def __str__(self):
        sign = "-" if self < 0 else ""
        return f"{sign}{abs(int(self)) // 100}.{abs(int(self)) % 100:02d}"

    def __add__(self, other):
        return Money(int(self) + int(other))

    __radd__ = __add__

    def __sub__(self, other):
        return Money(int(self) - int(other))

    def __neg__(self):
        return Money(-int(self))

    def __format__(self, spec):
        return format(str(self), spec)


class Tag(str):
    def __new__(cls, text):
        return super().__new__(cls, text.strip().lower().replace(" ", "-"))


class Period(tuple):
    def __new__(cls, year, month):
        return super().__new__(cls, (year, month))

    year = property(lambda self: self[0])
    month = property(lambda self: self[1])

    def __str__(self):
        return f"{self.year}-{self.month:02d}"


class Account(dict):
    """Balances per period; a missing period reads as zero without being stored."""

    def __missing__(self, period):
        return Money(0)

    def total(self):
        return sum(self.values(), Money(0))


class Journal(list):
    def append(self, entry):
        amount, account, period, tags = entry
        if not isinstance(amount, Money):
            raise TypeError(f"amount must be Money, not {type(amount).__name__}")
        super().append(entry)

    def __iadd__(self, entries):
        for e in entries:
            self.append(e)
        return self

    def by_tag(self, tag):
        return Journal([e for e in self if Tag(tag) in e[3]])


ledger = {"cash": Account(), "bank": Account()}
journal = Journal()
journal.append((Money("120.50"), "cash", Period(2024, 1), {Tag("Food"), Tag("weekly shop")}))
journal += [
    (Money("-20.25"), "cash", Period(2024, 1), {Tag("refund")}),
    (Money(99999), "bank", Period(2024, 2), {Tag("Rent ")}),
    (Money("5"), "cash", Period(2024, 2), {Tag("food")}),
]
try:
    journal.append((12, "cash", Period(2024, 3), set()))
except TypeError as e:
    print("rejected:", e)

for amount, account, period, tags in journal:
    acct = ledger[account]
    acct[period] = acct[period] + amount

for name in sorted(ledger):
    acct = ledger[name]
    rows = ", ".join([f"{p}={acct[p]}" for p in sorted(acct)])
    print(f"{name:>5}: {rows} | total {acct.total():>10} | march {acct[Period(2024, 3)]}")

food = journal.by_tag("FOOD ")
print(type(food).__name__, len(food), sum([e[0] for e in food], Money(0)), repr(sum([e[0] for e in food])))
print(sorted({t for e in journal for t in e[3]}), sorted(set().union(*[e[3] for e in journal])) == sorted({t for e in journal for t in e[3]}))
print(max(journal, key=lambda e: e[0])[2], min([e[0] for e in journal]), -Money("1.05"))
print(isinstance(Money(1), int), issubclass(Account, dict), Period(2024, 5) == (2024, 5), hash(Period(1, 2)) == hash((1, 2)))
print(dict(ledger["cash"]) == {Period(2024, 1): Money("100.25"), Period(2024, 2): Money(500)}, dict(ledger["cash"]), len(ledger["cash"]))
print(f"[{Money(12345):>12}] [{Money(-5):<8}]", Tag(" Mixed Case Tag "), type(Tag("x") + "y").__name__)
