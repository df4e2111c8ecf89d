# Observable/observer pattern: observable properties via a descriptor, subscriptions, unsubscribe, computed values.
class Observable:
    def __init__(self):
        self._observers = {}

    def subscribe(self, attr, callback):
        self._observers.setdefault(attr, []).append(callback)
        return lambda: self._observers[attr].remove(callback)

    def notify(self, attr, old, new):
        for cb in list(self._observers.get(attr, [])) + list(self._observers.get("*", [])):
            cb(self, attr, old, new)


class observable:
    def __init__(self, default=None, validator=None):
        self.default = default
        self.validator = validator

    def __set_name__(self, owner, name):
        self.name = name
        owner._observable_fields = getattr(owner, "_observable_fields", ()) + (name,)

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, self.default)

    def __set__(self, obj, value):
        if self.validator is not None and not self.validator(value):
            raise ValueError(f"invalid value for {self.name}: {value!r}")
        old = self.__get__(obj)
        obj.__dict__[self.name] = value
        if old != value:
            obj.notify(self.name, old, value)


class Thermostat(Observable):
    target = observable(20, validator=lambda v: 5 <= v <= 30)
    current = observable(18)
    mode = observable("auto", validator=lambda v: v in ("auto", "heat", "off"))

    @property
    def heating(self):
        return self.mode != "off" and (self.mode == "heat" or self.current < self.target)


class Display:
    def __init__(self, name):
        self.name = name
        self.lines = []

    def __call__(self, subject, attr, old, new):
        self.lines.append(f"{self.name}: {attr} {old!r} -> {new!r} (heating={subject.heating})")


class History:
    def __init__(self):
        self.changes = []

    def record(self, subject, attr, old, new):
        self.changes.append((attr, new))


t = Thermostat()
print(Thermostat._observable_fields, t.target, t.current, t.mode, t.heating)
panel = Display("panel")
phone = Display("phone")
hist = History()
unsub_panel = t.subscribe("target", panel)
t.subscribe("current", panel)
unsub_phone = t.subscribe("*", phone)
t.subscribe("*", hist.record)
t.target = 22
t.current = 21
t.current = 21
t.current = 23
t.mode = "heat"
unsub_panel()
t.target = 25
unsub_phone()
t.mode = "off"
for line in panel.lines + phone.lines:
    print(line)
print(hist.changes)
for attr, value in (("target", 40), ("mode", "cool")):
    try:
        setattr(t, attr, value)
    except ValueError as e:
        print("ValueError:", e)
print(t.target, t.mode, sorted(vars(t)), type(Thermostat.target).__name__)
try:
    unsub_panel()
except ValueError as e:
    print("ValueError:", e)


class Counter(Observable):
    count = observable(0)


c = Counter()
totals = []
c.subscribe("count", lambda s, a, o, n: totals.append(n - o))
for _ in range(3):
    c.count += 2
print(c.count, totals, Counter._observable_fields, hasattr(Observable, "_observable_fields"))
