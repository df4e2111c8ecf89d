# A loan amortization table computed with floats and round(), plus totals and a savings plan.
def payment(principal, annual_rate, months):
    r = annual_rate / 12
    if r == 0:
        return principal / months
    return principal * r / (1 - (1 + r) ** -months)


def cents(x):
    # two decimals with banker's-rounded cents, printed without format specs
    v = round(x, 2)
    whole = int(abs(v))
    frac = round((abs(v) - whole) * 100)
    if frac == 100:
        whole, frac = whole + 1, 0
    return ("-" if v < 0 else "") + str(whole) + "." + ("0" if frac < 10 else "") + str(frac)


def schedule(principal, annual_rate, months):
    pay = round(payment(principal, annual_rate, months), 2)
    balance = principal
    rows = []
    total_interest = 0.0
    for m in range(1, months + 1):
        interest = round(balance * annual_rate / 12, 2)
        principal_part = pay - interest
        if m == months or principal_part > balance:
            principal_part = balance
        balance = round(balance - principal_part, 2)
        total_interest += interest
        rows.append((m, interest, principal_part, balance))
    return pay, rows, total_interest


for principal, rate, months in [(10000, 0.05, 12), (250000, 0.0375, 360), (5000, 0.0, 10), (1234.56, 0.199, 24)]:
    pay, rows, total = schedule(principal, rate, months)
    print("loan", principal, "rate", rate, "months", months, "payment", cents(pay))
    shown = rows if len(rows) <= 12 else rows[:3] + rows[-3:]
    for m, interest, part, balance in shown:
        print(" ", m, cents(interest), cents(part), cents(balance))
    print("  total interest", cents(total), "paid", cents(pay * (months - 1) + rows[-1][1] + rows[-1][2]))

# a savings plan: monthly deposits with compound interest, rounded yearly
balance = 0.0
for year in range(1, 11):
    for month in range(12):
        balance = balance * (1 + 0.04 / 12) + 200
    print("year", year, cents(balance), round(balance), round(balance, -2))

print(round(2.675, 2), round(0.125, 2), round(0.375, 2), round(1234.5), round(1235.5), round(-0.5))
