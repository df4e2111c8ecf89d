# Bank simulation: accounts with class hierarchy, transactions, overdraft rules and an audit log.
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount:.2f}; balance {account.balance:.2f}")
        self.account = account
        self.amount = amount


class AccountFrozen(Exception):
    pass


class Transaction:
    counter = 0

    def __init__(self, kind, amount, note=""):
        Transaction.counter += 1
        self.number = Transaction.counter
        self.kind, self.amount, self.note = kind, amount, note

    def __repr__(self):
        return f"T{self.number}:{self.kind}:{self.amount:.2f}" + (f"({self.note})" if self.note else "")


class Account:
    interest_rate = 0.0
    _next_id = 100

    def __init__(self, owner, opening=0):
        self.owner = owner
        self.id = Account._next_id
        Account._next_id += 1
        self._balance = 0
        self.history = []
        self.frozen = False
        if opening:
            self.deposit(opening, "opening")

    @property
    def balance(self):
        return self._balance

    def _check(self):
        if self.frozen:
            raise AccountFrozen(f"account {self.id} is frozen")

    def deposit(self, amount, note=""):
        self._check()
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(Transaction("dep", amount, note))
        return self

    def can_withdraw(self, amount):
        return amount <= self._balance

    def withdraw(self, amount, note=""):
        self._check()
        if not self.can_withdraw(amount):
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(Transaction("wd", amount, note))
        return self

    def month_end(self):
        if self.interest_rate and self._balance > 0:
            interest = round(self._balance * self.interest_rate, 2)
            self.deposit(interest, "interest")

    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self._balance:.2f})"

    def __lt__(self, other):
        return self._balance < other._balance


class Savings(Account):
    interest_rate = 0.02
    max_withdrawals = 2

    def withdraw(self, amount, note=""):
        count = len([t for t in self.history if t.kind == "wd"])
        if count >= self.max_withdrawals:
            raise PermissionError(f"savings limit of {self.max_withdrawals} withdrawals reached")
        return super().withdraw(amount, note)


class Checking(Account):
    def __init__(self, owner, opening=0, overdraft=100):
        self.overdraft = overdraft
        super().__init__(owner, opening)

    def can_withdraw(self, amount):
        return amount <= self._balance + self.overdraft


class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}
        self.audit = []

    def open(self, cls, owner, *args, **kw):
        acct = cls(owner, *args, **kw)
        self.accounts[acct.id] = acct
        self.audit.append(f"open {acct.id} {cls.__name__}")
        return acct

    def transfer(self, src, dst, amount):
        try:
            src.withdraw(amount, f"to {dst.id}")
        except (InsufficientFunds, PermissionError, AccountFrozen) as e:
            self.audit.append(f"FAILED transfer {src.id}->{dst.id}: {type(e).__name__}")
            return False
        dst.deposit(amount, f"from {src.id}")
        self.audit.append(f"transfer {src.id}->{dst.id} {amount}")
        return True

    def total(self):
        return sum([a.balance for a in self.accounts.values()])

    def __len__(self):
        return len(self.accounts)

    def __iter__(self):
        return iter(sorted(self.accounts.values(), key=lambda a: a.id))

    def __contains__(self, owner):
        return any([a.owner == owner for a in self.accounts.values()])


bank = Bank("First")
alice = bank.open(Checking, "alice", 50)
bob = bank.open(Savings, "bob", 500)
carol = bank.open(Account, "carol")
print(list(bank), len(bank), "bob" in bank, "dave" in bank)
print(bank.transfer(alice, carol, 120), alice.balance, carol.balance)
print(bank.transfer(alice, carol, 100))
print(bank.transfer(bob, alice, 100), bank.transfer(bob, alice, 50), bank.transfer(bob, alice, 1))
for acct in bank:
    acct.month_end()
print(list(bank), round(bank.total(), 2))
carol.frozen = True
print(bank.transfer(carol, bob, 10))
try:
    carol.deposit(5)
except AccountFrozen as e:
    print("AccountFrozen:", e)
try:
    alice.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
try:
    Account("temp").withdraw(1)
except InsufficientFunds as e:
    print("InsufficientFunds:", e, e.amount)
print(sorted(bank), max(bank).owner)
print(bob.history)
for line in bank.audit:
    print(" ", line)
try:
    alice.balance = 10 ** 6
except AttributeError as e:
    print("AttributeError:", e)
