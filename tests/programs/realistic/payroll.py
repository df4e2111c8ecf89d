# Payroll run: employees in dicts, progressive tax brackets in integer cents, overtime, deductions, report.
BRACKETS = [(1_000_000, 10), (4_000_000, 20), (8_000_000, 30), (None, 40)]  # yearly cents, percent
EMPLOYEES = [
    {"id": "E01", "name": "Ada Lovelace", "rate": 5200, "hours": [40, 42, 38, 45], "dept": "eng", "pension": 5},
    {"id": "E02", "name": "Charles Babbage", "rate": 6100, "hours": [40, 40, 40, 40], "dept": "eng", "pension": 3},
    {"id": "E03", "name": "Grace Hopper", "rate": 7300, "hours": [50, 48, 52, 47], "dept": "ops", "pension": 8},
    {"id": "E04", "name": "Alan Turing", "rate": 4800, "hours": [20, 25, 0, 30], "dept": "research", "pension": 0},
    {"id": "E05", "name": "Edsger Dijkstra", "rate": 5900, "hours": [40, 41, 39, 40], "dept": "research", "pension": 4},
    {"id": "E06", "name": "Barbara Liskov", "rate": -100, "hours": [40], "dept": "eng", "pension": 2},
    {"id": "E07", "name": "Ken Thompson", "rate": 5000, "hours": [40, 40, "forty"], "dept": "ops", "pension": 1},
]


def money(cents):
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return f"{sign}{cents // 100:,}.{cents % 100:02d}"


def gross_pay(emp):
    if emp["rate"] <= 0:
        raise ValueError(f"{emp['id']}: hourly rate must be positive")
    total = 0
    for week, h in enumerate(emp["hours"], 1):
        if not isinstance(h, int):
            raise TypeError(f"{emp['id']}: week {week} hours is {type(h).__name__}, not int")
        regular = min(h, 40)
        overtime = max(h - 40, 0)
        total += regular * emp["rate"] + overtime * emp["rate"] * 3 // 2
    return total


def yearly_tax(yearly):
    tax, lower = 0, 0
    for upper, pct in BRACKETS:
        if upper is None or yearly <= upper:
            tax += (yearly - lower) * pct // 100
            break
        tax += (upper - lower) * pct // 100
        lower = upper
    return tax


def payslip(emp):
    gross = gross_pay(emp)
    annualized = gross * 13
    tax = yearly_tax(annualized) // 13
    pension = gross * emp["pension"] // 100
    net = gross - tax - pension
    return {"id": emp["id"], "name": emp["name"], "dept": emp["dept"], "gross": gross, "tax": tax,
            "pension": pension, "net": net, "overtime_weeks": sum([1 for h in emp["hours"] if h > 40])}


slips, errors = [], []
for emp in EMPLOYEES:
    try:
        slips.append(payslip(emp))
    except (ValueError, TypeError) as e:
        errors.append(f"{type(e).__name__}: {e}")

header = f"{'ID':<4} {'Name':<16} {'Dept':<9} {'Gross':>10} {'Tax':>9} {'Pension':>8} {'Net':>10} OT"
print(header)
print("=" * len(header))
for s in sorted(slips, key=lambda s: (-s["net"], s["id"])):
    print(f"{s['id']:<4} {s['name'][:16]:<16} {s['dept']:<9} {money(s['gross']):>10} {money(s['tax']):>9} "
          f"{money(s['pension']):>8} {money(s['net']):>10} {s['overtime_weeks']:>2}")
print("-" * len(header))
totals = {k: sum([s[k] for s in slips]) for k in ("gross", "tax", "pension", "net")}
print(f"{'':<4} {'TOTAL':<16} {'':<9} {money(totals['gross']):>10} {money(totals['tax']):>9} "
      f"{money(totals['pension']):>8} {money(totals['net']):>10}")
assert totals["gross"] == totals["tax"] + totals["pension"] + totals["net"]

print("\nby department:")
depts = {}
for s in slips:
    d = depts.setdefault(s["dept"], {"count": 0, "net": 0})
    d["count"] += 1
    d["net"] += s["net"]
for name, d in sorted(depts.items()):
    print(f"  {name:<9} {d['count']} employee(s), net {money(d['net'])}, average {money(d['net'] // d['count'])}")

print("\neffective tax rates:")
for yearly in (500_000, 1_000_000, 2_500_000, 8_000_000, 20_000_000):
    t = yearly_tax(yearly)
    print(f"  {money(yearly):>12} -> tax {money(t):>10} ({t * 100 / yearly:.2f}%)")

print("\nerrors:")
for e in errors:
    print(" ", e)
print(money(-12345), money(0), money(5), money(100000000))
