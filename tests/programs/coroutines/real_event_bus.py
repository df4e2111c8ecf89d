# An async event bus: subscribers are async callbacks and async-generator consumers; publish awaits
# every handler in order, with wildcard topics, once-handlers, failing handlers and unsubscribe.


class Tick:
    def __await__(self):
        yield "tick"


def run(coro):
    ticks = 0
    try:
        while True:
            coro.send(None)
            ticks += 1
    except StopIteration as e:
        return e.value, ticks


class EventBus:
    def __init__(self):
        self.handlers = {}
        self.errors = []
        self.delivered = 0

    def subscribe(self, pattern, handler, once=False):
        self.handlers.setdefault(pattern, []).append([handler, once])
        return lambda: self.unsubscribe(pattern, handler)

    def unsubscribe(self, pattern, handler):
        self.handlers[pattern] = [h for h in self.handlers.get(pattern, []) if h[0] is not handler]

    def matching(self, topic):
        for pattern in sorted(self.handlers):
            if pattern == topic or (pattern.endswith(".*") and topic.startswith(pattern[:-1])) or pattern == "*":
                yield pattern

    async def publish(self, topic, payload):
        results = []
        for pattern in list(self.matching(topic)):
            for entry in list(self.handlers[pattern]):
                handler, once = entry
                if once:
                    self.unsubscribe(pattern, handler)
                try:
                    r = await handler(topic, payload)
                    self.delivered += 1
                    if r is not None:
                        results.append(r)
                except Exception as e:
                    self.errors.append((topic, handler.__name__, f"{type(e).__name__}: {e}"))
        return results


class Inbox:
    """Turns published events into an async iterator consumed by an async generator."""

    def __init__(self):
        self.items = []
        self.closed = False

    async def handler(self, topic, payload):
        self.items.append((topic, payload))

    def __aiter__(self):
        return self

    async def __anext__(self):
        await Tick()
        if self.items:
            return self.items.pop(0)
        raise StopAsyncIteration


bus = EventBus()
audit = []


async def audit_all(topic, payload):
    await Tick()
    audit.append(topic)


async def on_order(topic, payload):
    await Tick()
    return f"order {payload['id']} total {payload['qty'] * payload['price']:.2f}"


async def on_order_created_once(topic, payload):
    return f"first order ever: {payload['id']}"


async def flaky_mailer(topic, payload):
    await Tick()
    if payload.get("email") is None:
        raise ValueError("no email address")
    return f"mailed {payload['email']}"


async def summarize(inbox):
    counts = {}
    async for topic, payload in inbox:
        counts[topic] = counts.get(topic, 0) + 1
        yield topic, counts[topic]


async def main():
    bus.subscribe("*", audit_all)
    bus.subscribe("order.*", on_order)
    bus.subscribe("order.created", on_order_created_once, once=True)
    stop_mail = bus.subscribe("order.created", flaky_mailer)
    inbox = Inbox()
    bus.subscribe("user.*", inbox.handler)
    events = [
        ("order.created", {"id": 1, "qty": 2, "price": 9.5, "email": "a@x"}),
        ("order.created", {"id": 2, "qty": 1, "price": 3.0}),
        ("user.login", {"name": "ann"}),
        ("order.shipped", {"id": 1, "qty": 2, "price": 9.5}),
        ("user.logout", {"name": "ann"}),
        ("user.login", {"name": "bob"}),
    ]
    for i, (topic, payload) in enumerate(events):
        if i == 3:
            stop_mail()
        print(topic, await bus.publish(topic, payload))
    print("created after unsubscribe:", await bus.publish("order.created", {"id": 3, "qty": 1, "price": 1.0}))
    print("summary:", [x async for x in summarize(inbox)])
    print("audit:", audit)
    print("errors:", bus.errors)
    return bus.delivered


print(run(main()))
