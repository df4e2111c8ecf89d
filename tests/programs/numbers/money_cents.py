# Money with integer cents: parsing, banker's rounding, allocation without losing cents, interest schedules.
def parse_money(text):
    text = text.strip().replace(",", "")
    neg = text.startswith("-")
    if neg or text.startswith("+"):
        text = text[1:]
    text = text.lstrip("$")
    whole, dot, frac = text.partition(".")
    if not whole.isdigit() and whole != "" or (dot and not frac.isdigit()) or not (whole or frac):
        raise ValueError(f"not an amount: {text!r}")
    frac = (frac + "000")[:3]
    cents = int(whole or "0") * 100 + int(frac[:2])
    if int(frac[2]) > 5 or (int(frac[2]) == 5 and cents % 2 == 1):
        cents += 1
    return -cents if neg else cents


def fmt(cents):
    sign = "-" if cents < 0 else ""
    return f"{sign}${abs(cents) // 100:,}.{abs(cents) % 100:02d}"


def round_half_even(numerator, denominator):
    q, r = divmod(numerator, denominator)
    if 2 * r > denominator or (2 * r == denominator and q % 2 == 1):
        q += 1
    return q


def allocate(total, ratios):
    weights = sum(ratios)
    shares = [total * r // weights for r in ratios]
    remainder = total - sum(shares)
    order = sorted(range(len(ratios)), key=lambda i: (-(total * ratios[i] % weights), i))
    for i in order[:remainder]:
        shares[i] += 1
    return shares


for text in ["12.34", "$1,234.5", "-0.015", "0.025", "0.035", "7", ".99", "+3.999", "abc", "1.2.3", "", "-$5.005"]:
    try:
        c = parse_money(text)
        print(f"{text!r:>12} -> {c:>8} cents = {fmt(c)}")
    except ValueError as e:
        print(f"{text!r:>12} -> ValueError: {e}")

print([round_half_even(n, 10) for n in (5, 15, 25, 35, -5, -15, 14, 16)])
print([round(n / 10) for n in (5, 15, 25, 35, -5, -15, 14, 16)])

for total, ratios in [(100, [1, 1, 1]), (1000, [70, 20, 10]), (5, [1, 1, 1, 1, 1, 1, 1]), (123456, [3, 7, 11]), (-100, [1, 2])]:
    shares = allocate(total, ratios)
    print(fmt(total), ratios, [fmt(s) for s in shares], sum(shares) == total)

# amortized loan schedule in cents with the final payment absorbing rounding
def schedule(principal, yearly_rate_bp, months):
    r_num, r_den = yearly_rate_bp, 12 * 10000
    # payment = P * r / (1 - (1 + r)^-n), computed exactly with rationals then rounded
    num = principal * r_num * (r_den + r_num) ** months
    den = r_den * ((r_den + r_num) ** months - r_den ** months)
    payment = round_half_even(num, den)
    balance, rows = principal, []
    for m in range(1, months + 1):
        interest = round_half_even(balance * r_num, r_den)
        pay = payment if m < months else balance + interest
        balance = balance + interest - pay
        rows.append((m, pay, interest, balance))
    return payment, rows


payment, rows = schedule(2_500_000, 650, 12)
print("monthly payment", fmt(payment))
for m, pay, interest, bal in rows[:3] + rows[-2:]:
    print(f"  {m:>2} pay {fmt(pay):>10} interest {fmt(interest):>8} balance {fmt(bal):>12}")
print("total interest", fmt(sum([r[2] for r in rows])), "final balance", rows[-1][3])

# compound growth with yearly rounding vs exact float
balance = 100_000
for year in range(1, 11):
    balance = round_half_even(balance * 10425, 10000)
print(fmt(balance), f"{100_000 * 1.0425 ** 10 / 100:.4f}")
