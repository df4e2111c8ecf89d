# A lending library: catalog, members, loans with due dates as day numbers, fines, holds queue, report.
CATALOG = {
    "978-0": {"title": "Structure and Interpretation", "copies": 2},
    "978-1": {"title": "The Art of Programming", "copies": 1},
    "978-2": {"title": "Compilers", "copies": 1},
    "978-3": {"title": "Algorithms", "copies": 3},
}
MEMBERS = {"m1": "Alice", "m2": "Bob", "m3": "Carol"}
LOAN_DAYS = 14
FINE_PER_DAY = 25  # cents
MAX_LOANS = 2

loans = {}       # isbn -> list of (member, due_day)
holds = {}       # isbn -> list of members waiting
fines = {}       # member -> cents
history = []


refusals = (KeyError, ValueError, LookupError)


def available(isbn):
    return CATALOG[isbn]["copies"] - len(loans.get(isbn, []))


def member_loans(member):
    return sorted([isbn for isbn, ls in loans.items() for m, _ in ls if m == member])


def checkout(member, isbn, day):
    if member not in MEMBERS:
        raise KeyError(f"no member {member}")
    if isbn not in CATALOG:
        raise KeyError(f"no book {isbn}")
    if fines.get(member, 0) > 100:
        raise ValueError(f"{MEMBERS[member]} owes {fines[member]} cents")
    if len(member_loans(member)) >= MAX_LOANS:
        raise ValueError(f"{MEMBERS[member]} already has {MAX_LOANS} loans")
    queue = holds.get(isbn, [])
    if available(isbn) <= 0 or (queue and queue[0] != member):
        if member not in queue:
            holds.setdefault(isbn, []).append(member)
        raise LookupError(f"'{CATALOG[isbn]['title']}' unavailable; {MEMBERS[member]} is #{holds[isbn].index(member) + 1} in queue")
    if queue and queue[0] == member:
        queue.pop(0)
    loans.setdefault(isbn, []).append((member, day + LOAN_DAYS))
    history.append((day, "out", member, isbn))
    return day + LOAN_DAYS


def checkin(member, isbn, day):
    for i, (m, due) in enumerate(loans.get(isbn, [])):
        if m == member:
            del loans[isbn][i]
            late = max(0, day - due)
            if late:
                fines[member] = fines.get(member, 0) + late * FINE_PER_DAY
            history.append((day, "in", member, isbn))
            return late
    raise ValueError(f"{MEMBERS.get(member, member)} does not have {isbn}")


def pay(member, cents):
    owed = fines.get(member, 0)
    paid = min(owed, cents)
    fines[member] = owed - paid
    return cents - paid


EVENTS = [
    (1, "out", "m1", "978-1"), (1, "out", "m2", "978-1"), (2, "out", "m3", "978-1"),
    (2, "out", "m2", "978-0"), (3, "out", "m2", "978-3"), (3, "out", "m2", "978-2"),
    (20, "in", "m1", "978-1"), (21, "out", "m3", "978-1"), (21, "out", "m2", "978-1"),
    (22, "in", "m2", "978-0"), (23, "out", "m2", "978-1"), (25, "in", "m2", "978-3"),
    (26, "pay", "m2", 50), (26, "out", "m2", "978-2"), (30, "in", "m3", "978-2"),
    (30, "out", "m9", "978-0"), (31, "out", "m1", "999-9"), (40, "in", "m3", "978-1"),
    (41, "pay", "m3", 1000), (41, "out", "m2", "978-1"), (42, "in", "m2", "978-1"),
]

for day, kind, member, arg in EVENTS:
    try:
        if kind == "out":
            due = checkout(member, arg, day)
            print(f"day {day:2}: {MEMBERS[member]:<5} borrows {arg}, due day {due}")
        elif kind == "in":
            late = checkin(member, arg, day)
            print(f"day {day:2}: {MEMBERS[member]:<5} returns {arg}" + (f", {late} days late" if late else ""))
        else:
            change = pay(member, arg)
            print(f"day {day:2}: {MEMBERS[member]:<5} pays {arg}, change {change}, owes {fines[member]}")
    except refusals as e:
        print(f"day {day:2}: refused ({type(e).__name__}: {e.args[0]})")

print("\nstatus:")
for isbn in sorted(CATALOG):
    holders = ", ".join([f"{MEMBERS[m]}(due {d})" for m, d in loans.get(isbn, [])]) or "-"
    print(f"  {isbn} {CATALOG[isbn]['title'][:24]:<24} avail {available(isbn)}/{CATALOG[isbn]['copies']} holders: {holders} holds: {[MEMBERS[m] for m in holds.get(isbn, [])]}")
print("fines:", {MEMBERS[m]: c for m, c in sorted(fines.items())})
print("activity:", {MEMBERS[m]: sum([1 for h in history if h[2] == m]) for m in sorted(MEMBERS)})
busiest = max(CATALOG, key=lambda i: (sum([1 for h in history if h[3] == i and h[1] == "out"]), i))
print("most borrowed:", CATALOG[busiest]["title"])
