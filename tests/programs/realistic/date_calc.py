# Calendar arithmetic without the datetime module.
MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def days_in_month(y, m):
    return 29 if m == 2 and is_leap(y) else MONTH_DAYS[m - 1]


def validate(y, m, d):
    if not 1 <= m <= 12:
        raise ValueError(f"month {m} out of range")
    if not 1 <= d <= days_in_month(y, m):
        raise ValueError(f"day {d} out of range for {MONTHS[m - 1]} {y}")


def ordinal(y, m, d):
    validate(y, m, d)
    y1 = y - 1
    days = y1 * 365 + y1 // 4 - y1 // 100 + y1 // 400
    days += sum([days_in_month(y, k) for k in range(1, m)])
    return days + d


def from_ordinal(n):
    y = max(1, (n * 400) // 146097)
    while ordinal(y + 1, 1, 1) <= n:
        y += 1
    while ordinal(y, 1, 1) > n:
        y -= 1
    n -= ordinal(y, 1, 1) - 1
    m = 1
    while n > days_in_month(y, m):
        n -= days_in_month(y, m)
        m += 1
    return y, m, n


def weekday(y, m, d):
    return NAMES[(ordinal(y, m, d) - 1) % 7]


def fmt(t):
    y, m, d = t
    return f"{weekday(y, m, d)[:3]} {d:02d} {MONTHS[m - 1]} {y:04d}"


def parse(s):
    parts = s.split("-")
    if len(parts) != 3:
        raise ValueError(f"bad date {s!r}")
    y, m, d = map(int, parts)
    validate(y, m, d)
    return y, m, d


pairs = [("2000-01-01", "2024-12-25"), ("1969-07-20", "2019-07-20"), ("2023-02-28", "2023-03-01"),
         ("2024-02-28", "2024-03-01"), ("1900-02-28", "1900-03-01")]
for a, b in pairs:
    da, db = parse(a), parse(b)
    diff = ordinal(*db) - ordinal(*da)
    print(f"{fmt(da)} -> {fmt(db)}: {diff} days, {diff // 7} weeks {diff % 7} days")

for s in ["2023-02-29", "2024-13-01", "2024-04-31", "2024/01/01", "x-1-2"]:
    try:
        parse(s)
    except ValueError as e:
        print("ValueError:", e)

start = parse("2024-01-31")
for add in [1, 29, 30, 365, 366, 1000, -31, -366]:
    print(f"{fmt(start)} {add:+5d} -> {fmt(from_ordinal(ordinal(*start) + add))}")

print([y for y in range(1896, 1920) if is_leap(y)])
fridays = [(y, m) for y in (2023, 2024, 2025) for m in range(1, 13) if weekday(y, m, 13) == "Friday"]
print("Friday 13ths:", ", ".join([f"{MONTHS[m - 1]} {y}" for y, m in fridays]))
counts = {}
for y in range(2000, 2100):
    w = weekday(y, 12, 25)
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: NAMES.index(kv[0])))
print(ordinal(1, 1, 1), ordinal(9999, 12, 31), from_ordinal(738000))
