# A tiny query engine over lists of dicts: parse "select ... where ... group by ... order by ... limit".
ROWS = [
    {"name": "ana", "dept": "eng", "age": 34, "salary": 120, "city": "lisbon"},
    {"name": "ben", "dept": "eng", "age": 28, "salary": 95, "city": "porto"},
    {"name": "cai", "dept": "ops", "age": 45, "salary": 88, "city": "lisbon"},
    {"name": "dan", "dept": "ops", "age": 39, "salary": 91, "city": "faro"},
    {"name": "eva", "dept": "sales", "age": 25, "salary": 70, "city": "porto"},
    {"name": "fay", "dept": "eng", "age": 51, "salary": 150, "city": "lisbon"},
    {"name": "gus", "dept": "sales", "age": 31, "salary": 76, "city": "lisbon"},
    {"name": "hal", "dept": "hr", "age": 42, "salary": None, "city": "faro"},
]

AGGREGATES = {
    "count": lambda vals: len(vals),
    "sum": lambda vals: sum([v for v in vals if v is not None]),
    "avg": lambda vals: round(sum(vs) / len(vs), 2) if (vs := [v for v in vals if v is not None]) else None,
    "min": lambda vals: min([v for v in vals if v is not None], default=None),
    "max": lambda vals: max([v for v in vals if v is not None], default=None),
}
COMPARE = {"=": lambda a, b: a == b, "!=": lambda a, b: a != b, ">": lambda a, b: a is not None and a > b,
           "<": lambda a, b: a is not None and a < b, ">=": lambda a, b: a is not None and a >= b}


def parse_value(tok):
    if tok.startswith("'") and tok.endswith("'"):
        return tok[1:-1]
    try:
        return int(tok)
    except ValueError:
        raise ValueError(f"bad literal {tok!r}") from None


def parse(query):
    words = query.replace(",", " , ").split()
    clauses, current = {}, None
    i = 0
    while i < len(words):
        w = words[i].lower()
        if w in ("select", "where", "limit") or (w in ("group", "order") and i + 1 < len(words) and words[i + 1].lower() == "by"):
            current = w
            clauses[current] = []
            i += 2 if w in ("group", "order") else 1
            continue
        if current is None:
            raise SyntaxError(f"query must start with select, got {words[i]!r}")
        clauses[current].append(words[i])
        i += 1
    if "select" not in clauses:
        raise SyntaxError("missing select")
    fields = [f for f in " ".join(clauses["select"]).split(" , ")]
    conds = []
    where = clauses.get("where", [])
    for j in range(0, len(where), 4):
        field, op, value = where[j:j + 3]
        if op not in COMPARE:
            raise SyntaxError(f"unknown operator {op!r}")
        conds.append((field, op, parse_value(value)))
    order = clauses.get("order", [])
    return {"fields": fields, "where": conds, "group": clauses.get("group", []),
            "order": (order[0], len(order) > 1 and order[1].lower() == "desc") if order else None,
            "limit": int(clauses["limit"][0]) if "limit" in clauses else None}


def column(expr):
    if "(" in expr:
        fn, _, rest = expr.partition("(")
        return fn, rest.rstrip(")")
    return None, expr


def execute(query):
    q = parse(query)
    rows = [r for r in ROWS if all([COMPARE[op](r.get(f), v) for f, op, v in q["where"]])]
    if q["group"]:
        groups = {}
        for r in rows:
            groups.setdefault(tuple([r[g] for g in q["group"]]), []).append(r)
        result = []
        for key, members in groups.items():
            out = dict(zip(q["group"], key))
            for expr in q["fields"]:
                fn, col = column(expr)
                if fn:
                    if fn not in AGGREGATES:
                        raise NameError(f"unknown aggregate {fn}")
                    out[expr] = AGGREGATES[fn]([m.get(col) for m in members] if col != "*" else members)
            result.append(out)
    else:
        for expr in q["fields"]:
            if expr != "*" and column(expr)[1] not in ROWS[0]:
                raise KeyError(expr)
        result = [dict(r) if q["fields"] == ["*"] else {f: r[f] for f in q["fields"]} for r in rows]
    if q["order"]:
        key, desc = q["order"]
        result.sort(key=lambda r: (r[key] is None, r[key]), reverse=desc)
    return result[:q["limit"]] if q["limit"] is not None else result


QUERIES = [
    "select name , age where dept = 'eng' order by age",
    "select name , salary where salary > 90 order by salary desc limit 3",
    "select dept , count(*) , avg(salary) , max(age) group by dept order by dept",
    "select city , count(*) , sum(salary) where age >= 30 group by city order by count(*) desc",
    "select name where city != 'lisbon' and age < 40 order by name",
    "select * where name = 'hal'",
    "select name , bogus",
    "select dept , median(age) group by dept",
    "where age > 3",
    "select name where age ~ 3",
    "select name where age > thirty",
]
for qtext in QUERIES:
    print(">", qtext)
    try:
        for row in execute(qtext):
            print("   ", row)
    except (SyntaxError, ValueError, KeyError, NameError) as e:
        print("    error:", type(e).__name__, e)
