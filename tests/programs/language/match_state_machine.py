# A tokenizer and a line-protocol state machine written with match statements and guards.
def tokens(text):
    i = 0
    while i < len(text):
        ch = text[i]
        match ch:
            case " " | "\t":
                i += 1
                continue
            case "(" | ")" | "+" | "-" | "*" | "/" | "=" | ",":
                yield_token = ("op", ch)
                i += 1
            case _ if ch.isdigit():
                j = i
                while j < len(text) and (text[j].isdigit() or text[j] == "."):
                    j += 1
                num = text[i:j]
                yield_token = ("num", float(num) if "." in num else int(num))
                i = j
            case _ if ch.isalpha() or ch == "_":
                j = i
                while j < len(text) and (text[j].isalnum() or text[j] == "_"):
                    j += 1
                yield_token = ("name", text[i:j])
                i = j
            case '"':
                j = text.find('"', i + 1)
                if j < 0:
                    raise SyntaxError(f"unterminated string at {i}")
                yield_token = ("str", text[i + 1:j])
                i = j + 1
            case _:
                raise SyntaxError(f"unexpected {ch!r} at {i}")
        out.append(yield_token)


out = []
for src in ['x = 3 + 4.5 * (y - 2)', 'print("hi", n_1)', 'a$b', '"open']:
    out.clear()
    try:
        tokens(src)
        print(src, "->", out)
    except SyntaxError as e:
        print(src, "-> SyntaxError:", e)


def smtp_session(lines):
    state = "start"
    mail = {}
    log = []
    for line in lines:
        cmd, _, arg = line.partition(" ")
        match (state, cmd.upper(), arg):
            case (_, "QUIT", _):
                log.append("221 bye")
                state = "closed"
                break
            case ("start", "HELO" | "EHLO", host) if host:
                log.append(f"250 hello {host}")
                state = "ready"
            case ("start", _, _):
                log.append("503 say HELO first")
            case ("ready", "MAIL", addr) if addr.startswith("FROM:<") and addr.endswith(">"):
                mail = {"from": addr[6:-1], "to": []}
                log.append("250 sender ok")
                state = "mail"
            case ("mail" | "rcpt", "RCPT", addr) if addr.startswith("TO:<") and "@" in addr:
                mail["to"].append(addr[4:-1])
                log.append("250 recipient ok")
                state = "rcpt"
            case ("rcpt", "DATA", ""):
                log.append(f"354 send data for {len(mail['to'])} recipient(s)")
                state = "data"
            case ("data", ".", _):
                log.append(f"250 queued from {mail['from']} to {', '.join(mail['to'])}")
                state = "ready"
            case ("data", _, _):
                mail.setdefault("body", []).append(line)
            case (s, c, _):
                log.append(f"500 unexpected {c or '<empty>'} in state {s}")
    return state, log, mail


state, log, mail = smtp_session([
    "MAIL FROM:<a@x>", "HELO", "EHLO relay.test", "RCPT TO:<b@y>", "MAIL FROM:<ann@x.test>",
    "RCPT TO:<bob@y.test>", "RCPT TO:nobody", "RCPT TO:<cy@z.test>", "DATA", "Subject: hi", "", "hello there",
    ".", "NOOP", "QUIT", "HELO again",
])
print("final state:", state)
for entry in log:
    print("  ", entry)
print("body:", mail.get("body"))

# match on the structure of the tokens produced above
def describe(toks):
    match toks:
        case [("name", target), ("op", "="), *rest] if rest:
            return f"assignment to {target} of {len(rest)} tokens"
        case [("name", fn), ("op", "("), *args, ("op", ")")]:
            return f"call of {fn} with {len([a for a in args if a != ('op', ',')])} argument(s)"
        case [("num", n)] if isinstance(n, float):
            return "a float"
        case []:
            return "nothing"
        case _:
            return "something else"


for src in ['x = 1 + 2', 'f(1, "a", b)', '3.5', '', '1 +']:
    out.clear()
    tokens(src)
    print(repr(src), "->", describe(out))
