# A small bank ledger: accounts in dicts, transactions as tuples, errors as exceptions.
accounts = {}
history = []
kinds = ("checking", "savings")


def open_account(owner, kind, deposit=0):
    if kind not in kinds:
        raise ValueError("unknown account kind: " + kind)
    number = 1000 + len(accounts)
    accounts[number] = {"owner": owner, "kind": kind, "balance": 0}
    if deposit:
        transact(number, deposit, "opening deposit")
    return number


def transact(number, amount, memo=""):
    if number not in accounts:
        raise KeyError(number)
    account = accounts[number]
    if account["balance"] + amount < 0:
        raise RuntimeError(f"insufficient funds in {number}: balance {account['balance']}, wanted {-amount}")
    account["balance"] += amount
    history.append((number, amount, memo))


def transfer(src, dst, amount):
    transact(src, -amount, "transfer to " + str(dst))
    try:
        transact(dst, amount, "transfer from " + str(src))
    except KeyError:
        transact(src, amount, "refund")
        raise


alice = open_account("alice", "checking", 500)
bob = open_account("bob", "savings", 50)
transfer(alice, bob, 120)
for attempt in [(bob, alice, 1000), (alice, 9999, 10), (alice, bob, 30)]:
    try:
        transfer(*attempt)
        print("ok", attempt)
    except RuntimeError as e:
        print("refused:", e)
    except KeyError as e:
        print("no such account:", e)
try:
    open_account("carol", "brokerage")
except ValueError as e:
    print(e)

for number in accounts:
    a = accounts[number]
    print(number, a["owner"], a["kind"], a["balance"])
total = 0
for number, amount, memo in history:
    total += amount
    print(str(number) + " " + str(amount) + " " + memo)
print("total", total, "transactions", len(history))
