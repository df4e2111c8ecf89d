# Set algebra on user objects with __eq__/__hash__; results shown in sorted order.
class Emp:
    def __init__(self, eid, name):
        self.eid, self.name = eid, name

    def __eq__(self, o):
        return isinstance(o, Emp) and self.eid == o.eid

    def __hash__(self):
        return hash(self.eid)

    def __lt__(self, o):
        return self.eid < o.eid

    def __repr__(self):
        return f"{self.name}#{self.eid}"


team_a = {Emp(1, "ann"), Emp(2, "bob"), Emp(3, "cy")}
team_b = {Emp(2, "robert"), Emp(4, "dee"), Emp(3, "cyrus")}
print(sorted([e.eid for e in team_a & team_b]), sorted(team_a | team_b))
print(sorted(team_a - team_b), sorted(team_a ^ team_b))
print(Emp(1, "x") in team_a, Emp(9, "x") in team_a)
both = team_a & team_b
print(sorted([e.eid for e in both]), len(both))
merged = {}
for e in sorted(team_a) + sorted(team_b):
    merged.setdefault(e, []).append(e.name)
print(sorted(merged.items()))
fs = frozenset(team_a)
print(len(fs), fs == frozenset([Emp(3, "?"), Emp(2, "?"), Emp(1, "?")]), fs <= team_a | team_b)
team_a.add(Emp(1, "duplicate"))
print(len(team_a), sorted(team_a))
team_a.remove(Emp(2, "whoever"))
print(sorted(team_a))
try:
    team_a.remove(Emp(2, "again"))
except KeyError as e:
    print("KeyError:", e)
print(sorted(set([Emp(5, "e"), Emp(5, "f")])), max(team_b), min(team_b))
