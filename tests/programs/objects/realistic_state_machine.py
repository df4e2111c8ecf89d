# State machine: state classes with enter/exit hooks, transitions table, guards, and history.
class TransitionError(Exception):
    pass


class State:
    name = "abstract"
    terminal = False

    def on_enter(self, machine):
        machine.log.append(f"enter {self.name}")

    def on_exit(self, machine):
        machine.log.append(f"exit {self.name}")

    def handle(self, machine, event, payload):
        return None

    def __repr__(self):
        return f"<{self.name}>"

    def __eq__(self, other):
        if isinstance(other, str):
            return self.name == other
        return isinstance(other, State) and self.name == other.name

    def __hash__(self):
        return hash(self.name)


class Idle(State):
    name = "idle"

    def handle(self, machine, event, payload):
        if event == "insert_coin":
            machine.credit += payload
            return Ready() if machine.credit >= machine.price else None


class Ready(State):
    name = "ready"

    def on_enter(self, machine):
        super().on_enter(machine)
        machine.log.append(f"credit={machine.credit}")

    def handle(self, machine, event, payload):
        if event == "insert_coin":
            machine.credit += payload
        elif event == "select":
            if payload not in machine.stock or machine.stock[payload] == 0:
                machine.log.append(f"sold out: {payload}")
                return None
            machine.selection = payload
            return Vending()
        elif event == "refund":
            machine.refunded += machine.credit
            machine.credit = 0
            return Idle()


class Vending(State):
    name = "vending"

    def on_enter(self, machine):
        super().on_enter(machine)
        machine.stock[machine.selection] -= 1
        machine.credit -= machine.price
        machine.dispensed.append(machine.selection)

    def handle(self, machine, event, payload):
        if event == "take":
            return Ready() if machine.credit >= machine.price else (Idle() if machine.credit == 0 else Ready())


class Broken(State):
    name = "broken"
    terminal = True


class Machine:
    def __init__(self, price, stock):
        self.price = price
        self.stock = dict(stock)
        self.credit = 0
        self.refunded = 0
        self.dispensed = []
        self.log = []
        self.history = []
        self.selection = None
        self.state = Idle()
        self.state.on_enter(self)

    def send(self, event, payload=None):
        if self.state.terminal:
            raise TransitionError(f"machine is {self.state.name}; cannot handle {event!r}")
        if event == "kick":
            new = Broken()
        else:
            new = self.state.handle(self, event, payload)
        if new is not None and new != self.state:
            self.state.on_exit(self)
            self.history.append((self.state.name, event, new.name))
            self.state = new
            new.on_enter(self)
        return self

    def __repr__(self):
        return f"Machine(state={self.state.name}, credit={self.credit}, stock={sorted(self.stock.items())})"


m = Machine(price=2, stock={"cola": 1, "water": 2})
print(m)
m.send("insert_coin", 1).send("insert_coin", 1)
print(m, m.state == "ready", m.state == Ready())
m.send("select", "cola").send("take")
print(m)
m.send("insert_coin", 5).send("select", "cola").send("select", "water").send("take")
print(m, m.dispensed)
m.send("refund")
print(m, m.refunded)
m.send("select", "water")
print(m.state)
m.send("kick")
try:
    m.send("insert_coin", 1)
except TransitionError as e:
    print("TransitionError:", e)
for h in m.history:
    print(" ", h)
print(m.log)
print(len({Idle(), Idle(), Ready()}), Idle() in [Ready(), Idle()], "idle" == Idle())
