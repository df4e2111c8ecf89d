# Event system: metaclass auto-registers handler classes, descriptors declare events on emitters.
class HandlerRegistry(type):
    handlers = {}

    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        for attr, value in ns.items():
            topic = getattr(value, "_topic", None)
            if topic is not None:
                mcls.handlers.setdefault(topic, []).append((name, attr))
        return cls


def on(topic):
    def mark(fn):
        fn._topic = topic
        return fn
    return mark


class Event:
    """Descriptor: each instance of the owner gets its own subscriber list for this event."""

    def __set_name__(self, owner, name):
        self.name = name
        self.storage = "_event_" + name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        subs = obj.__dict__.get(self.storage)
        if subs is None:
            subs = BoundEvent(self.name, obj)
            obj.__dict__[self.storage] = subs
        return subs

    def __set__(self, obj, value):
        if value is obj.__dict__.get(self.storage):
            return  # result of += / -= on the bound event itself
        raise AttributeError(f"cannot overwrite event {self.name!r}; use += instead")


class BoundEvent:
    def __init__(self, name, owner):
        self.name = name
        self.owner = owner
        self.subscribers = []

    def __iadd__(self, fn):
        self.subscribers.append(fn)
        return self

    def __isub__(self, fn):
        self.subscribers.remove(fn)
        return self

    def __call__(self, *args):
        results = []
        for fn in list(self.subscribers):
            results.append(fn(self.owner, *args))
        return results

    def __len__(self):
        return len(self.subscribers)

    def __repr__(self):
        return f"<event {self.name} with {len(self)} subscriber(s)>"


class Button:
    clicked = Event()
    hovered = Event()

    def __init__(self, label):
        self.label = label

    def click(self, x, y):
        return self.clicked(x, y)


class Logger(metaclass=HandlerRegistry):
    def __init__(self):
        self.lines = []

    @on("click")
    def log_click(self, button, x, y):
        self.lines.append(f"{button.label} clicked at ({x},{y})")
        return "logged"

    @on("hover")
    def log_hover(self, button):
        self.lines.append(f"hover {button.label}")


class Counter(metaclass=HandlerRegistry):
    def __init__(self):
        self.n = 0

    @on("click")
    def count(self, button, x, y):
        self.n += 1
        return self.n


class Dispatcher:
    def __init__(self):
        self.services = {}

    def bind(self, service):
        self.services[type(service).__name__] = service
        return self

    def wire(self, button):
        mapping = {"click": "clicked", "hover": "hovered"}
        for topic, entries in sorted(HandlerRegistry.handlers.items()):
            event = getattr(button, mapping[topic])
            for cls_name, attr in entries:
                service = self.services.get(cls_name)
                if service is not None:
                    event += getattr(service, attr)
        return button


print(sorted(HandlerRegistry.handlers.items()))
ok, cancel = Button("OK"), Button("Cancel")
log, cnt = Logger(), Counter()
d = Dispatcher().bind(log).bind(cnt)
d.wire(ok)
print(ok.clicked, ok.hovered, cancel.clicked)
print(ok.click(1, 2), ok.click(3, 4))
ok.hovered()
extra = lambda b, x, y: f"lambda saw {b.label}"
cancel.clicked += extra
print(cancel.click(0, 0), len(cancel.clicked))
cancel.clicked -= extra
print(cancel.click(5, 5), cancel.clicked)
print(log.lines, cnt.n)
try:
    ok.clicked = None
except AttributeError as e:
    print("AttributeError:", e)
try:
    cancel.clicked -= extra
except ValueError as e:
    print("ValueError:", e)
print(type(Button.clicked).__name__, Button.clicked.name, sorted([k for k in vars(ok) if k.startswith("_event")]))
