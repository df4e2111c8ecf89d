# A CSV-like parser: quoted fields, escaped quotes, comments, type inference, then a summary.
DATA = '''id, name, city, joined, score, active
# comment lines and blank lines are skipped

1, "Smith, John", London, 2019-04-01, 88.5, yes
2, Ana Mar\u00eda, "S\u00e3o Paulo", 2020-11-15, 92, no
3, "O""Brien", Dublin , 2018-01-30,  , yes
4,  Zo\u00eb  ,  Z\u00fcrich,2021-07-04,77.25,YES
5, "Line ""quoted"" name", "New York, NY", 2017-02-28, 100, No
6, \u674e\u96f7, \u5317\u4eac, 2022-09-09, 61.0, yes
'''


def split_row(line):
    fields = []
    field = ""
    quoted = False
    i = 0
    while i < len(line):
        c = line[i]
        if quoted:
            if c == '"':
                if line[i + 1:i + 2] == '"':
                    field += '"'
                    i += 1
                else:
                    quoted = False
            else:
                field += c
        elif c == '"' and not field.strip():
            field = ""
            quoted = True
        elif c == ",":
            fields.append(field.strip())
            field = ""
        else:
            field += c
        i += 1
    fields.append(field.strip())
    return fields


def convert(text):
    if text == "":
        return None
    if text.lower() in ["yes", "no"]:
        return text.lower() == "yes"
    if text.isdigit():
        return int(text)
    if text.replace(".", "", 1).isdigit():
        return float(text)
    return text


lines = [l for l in DATA.splitlines() if l.strip() and not l.lstrip().startswith("#")]
header = split_row(lines[0])
records = []
for line in lines[1:]:
    values = split_row(line)
    rec = {}
    for i in range(len(header)):
        rec[header[i]] = convert(values[i])
    records.append(rec)

print(" | ".join([h.upper().center(10) for h in header]))
for rec in records:
    cells = []
    for h in header:
        v = rec[h]
        if v is None:
            cells.append("-".center(10))
        elif isinstance(v, bool):
            cells.append(("\u2713" if v else "\u2717").center(10))
        elif isinstance(v, (int, float)):
            cells.append(format(v, ">10.2f") if isinstance(v, float) else format(v, ">10d"))
        else:
            cells.append(v[:10].ljust(10))
    print(" | ".join(cells))

scores = [r["score"] for r in records if r["score"] is not None]
print()
print("records: %d, with score: %d, mean: %.3f, max: %s, min: %s" % (len(records), len(scores), sum(scores) / len(scores), max(scores), min(scores)))
years = {}
for r in records:
    y = r["joined"].partition("-")[0]
    years[y] = years.get(y, 0) + 1
print("joined per year:", ", ".join(["%s=%d" % (y, years[y]) for y in years]))
print("active:", [r["name"] for r in records if r["active"]])
print("cities with commas:", [r["city"] for r in records if "," in r["city"]])
print("names with quotes:", [r["name"] for r in records if r["name"].count('"')])
print("id list:", ";".join([str(r["id"]).zfill(3) for r in records]))
print("round trip:", repr(",".join(['"' + f.replace('"', '""') + '"' if ("," in f or '"' in f) else f for f in split_row(lines[5])])))
