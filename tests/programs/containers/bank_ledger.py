# A bank ledger of tuples: postings, balances, sorting by several keys, monthly summaries.
ledger = [
    ("2024-03-02", "alice", "deposit", 500),
    ("2024-01-15", "bob", "deposit", 1200),
    ("2024-02-01", "alice", "withdraw", 120),
    ("2024-01-15", "carol", "deposit", 300),
    ("2024-02-20", "bob", "transfer:alice", 200),
    ("2024-03-02", "carol", "withdraw", 50),
    ("2024-01-03", "alice", "deposit", 80),
    ("2024-02-20", "carol", "withdraw", 400),
]

balances = {}
rejected = []
by_date = list(ledger)
by_date.sort(key=lambda e: (e[0], e[1]))
for date, who, kind, amount in by_date:
    bal = balances.get(who, 0)
    if kind == "deposit":
        balances[who] = bal + amount
    elif kind == "withdraw" or kind[:9] == "transfer:":
        if bal < amount:
            rejected.append((date, who, kind, amount))
            continue
        balances[who] = bal - amount
        if kind[:9] == "transfer:":
            target = kind[9:]
            balances[target] = balances.get(target, 0) + amount
print(balances)
print(rejected)

accepted = [e for e in by_date if e not in rejected]
print(len(accepted), len(rejected), accepted.index(("2024-02-01", "alice", "withdraw", 120)))
largest = list(accepted)
largest.sort(key=lambda e: (-e[3], e[1], e[0]))
print(largest[:3])
stable = list(accepted)
stable.sort(key=lambda e: e[1])
print([(e[1], e[0]) for e in stable])
monthly = {}
for date, who, kind, amount in accepted:
    month = date[:7]
    sign = 1 if kind == "deposit" else -1
    monthly.setdefault(month, {}).setdefault(who, []).append(sign * amount)
for month in list(monthly):
    totals = {who: sum(vals) for who, vals in monthly[month].items()}
    print(month, totals, max(totals, key=lambda w: totals[w]))
ranking = list(balances.items())
ranking.sort(key=lambda p: p[1], reverse=True)
print(ranking, tuple(ranking[0]), ranking[0] > ranking[1])
people = set(balances) | {who for _, who, _, _ in ledger}
print(len(people), "alice" in people, balances.keys() - {"alice"} == {"bob", "carol"})
pairs = [(b, a) for a, b in balances.items()]
pairs.sort()
print(pairs, min(pairs), max(pairs)[1])
audit = tuple(amount for amount in [e[3] for e in ledger] if amount > 100)
print(audit, audit.count(200), len(audit), audit[1:3], audit + (0,))
