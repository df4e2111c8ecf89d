# Realistic: a vending machine / protocol state machine driven entirely by send().
PRICES = {"cola": 150, "chips": 90, "gum": 35}
COINS = (200, 100, 50, 20, 10, 5)

def make_change(amount):
    for coin in COINS:
        while amount >= coin:
            yield coin
            amount -= coin

def vending_machine(stock):
    credit = 0
    sales = []
    event = yield "IDLE"
    while True:
        kind, *args = event
        if kind == "coin":
            (value,) = args
            if value not in COINS:
                event = yield f"REJECTED coin {value}"
                continue
            credit += value
            event = yield f"CREDIT {credit}"
        elif kind == "select":
            (item,) = args
            if item not in PRICES:
                event = yield f"UNKNOWN {item}"
            elif stock.get(item, 0) == 0:
                event = yield f"SOLD OUT {item}"
            elif credit < PRICES[item]:
                event = yield f"NEED {PRICES[item] - credit} more for {item}"
            else:
                credit -= PRICES[item]
                stock[item] -= 1
                sales.append(item)
                change = list(make_change(credit))
                credit = 0
                event = yield f"VEND {item} change={change}"
        elif kind == "refund":
            change = list(make_change(credit))
            credit = 0
            event = yield f"REFUND {change}"
        elif kind == "shutdown":
            return {"sales": sales, "stock": dict(sorted(stock.items())), "credit_left": credit}
        else:
            event = yield f"ERROR unknown event {kind}"

def drive(machine, events):
    print("start:", next(machine))
    for ev in events:
        try:
            print(f"{ev!s:<22} -> {machine.send(ev)}")
        except StopIteration as stop:
            print(f"{ev!s:<22} -> stopped: {stop.value}")
            return stop.value

events = [("coin", 100), ("coin", 3), ("select", "cola"), ("coin", 50), ("select", "cola"),
          ("coin", 200), ("select", "gum"), ("select", "gum"), ("coin", 20), ("refund",),
          ("dance",), ("coin", 100), ("select", "chips"), ("select", "water"), ("shutdown",)]
final = drive(vending_machine({"cola": 1, "chips": 2, "gum": 1}), events)
print("final report:", final)

def traffic_light():
    states = {"red": ("green", 3), "green": ("yellow", 2), "yellow": ("red", 1)}
    state, remaining = "red", 3
    log = []
    while True:
        cmd = yield state, remaining
        if cmd == "tick":
            remaining -= 1
            if remaining == 0:
                state, remaining = states[state]
                log.append(state)
        elif cmd == "emergency":
            state, remaining = "red", 5
            log.append("EMERGENCY")
        elif cmd == "report":
            return log

light = traffic_light()
next(light)
seq = ["tick"] * 7 + ["emergency"] + ["tick"] * 6
print([light.send(c) for c in seq])
try:
    light.send("report")
except StopIteration as s:
    print("transitions:", s.value)

def parser_fsm():
    """Recognizes signed decimal numbers character by character."""
    state = "start"
    ch = yield state
    while True:
        if state == "start":
            state = "sign" if ch in "+-" else "int" if ch.isdigit() else "error"
        elif state in ("sign",):
            state = "int" if ch.isdigit() else "error"
        elif state == "int":
            state = "int" if ch.isdigit() else "dot" if ch == "." else "error"
        elif state in ("dot", "frac"):
            state = "frac" if ch.isdigit() else "error"
        ch = yield state

for s in ["-12.5", "+7", "3.", "12a", ".5", "42"]:
    p = parser_fsm()
    next(p)
    final_state = None
    for c in s:
        final_state = p.send(c)
    print(repr(s), final_state, final_state in ("int", "frac"))
    p.close()
