# A simulated async HTTP-ish request router: routes with path parameters, middleware written as async
# context managers (timing on a fake clock, auth, error translation), async handlers.


class Clock:
    now = 0


class Work:
    def __init__(self, ms):
        self.ms = ms

    def __await__(self):
        yield ("work", self.ms)
        Clock.now += self.ms


class HTTPError(Exception):
    def __init__(self, status, message):
        super().__init__(message)
        self.status = status


class Request:
    def __init__(self, method, path, headers=None, body=""):
        self.method = method
        self.path = path
        self.headers = headers or {}
        self.body = body
        self.user = None
        self.params = {}


class Response:
    def __init__(self, status, body):
        self.status = status
        self.body = body
        self.headers = {}


class Timing:
    def __init__(self, req, log):
        self.req = req
        self.log = log

    async def __aenter__(self):
        self.start = Clock.now
        return self

    async def __aexit__(self, et, ev, tb):
        took = Clock.now - self.start
        self.log.append(f"{self.req.method} {self.req.path} took {took}ms ({et.__name__ if et else 'ok'})")
        return False


class Auth:
    TOKENS = {"t-alice": "alice", "t-bob": "bob"}

    def __init__(self, req):
        self.req = req

    async def __aenter__(self):
        await Work(2)
        token = self.req.headers.get("token")
        if self.req.path.startswith("/admin"):
            if token not in self.TOKENS:
                raise HTTPError(401, "missing or bad token")
            if self.TOKENS[token] != "alice":
                raise HTTPError(403, "admins only")
        self.req.user = self.TOKENS.get(token, "anonymous")
        return self.req.user

    async def __aexit__(self, et, ev, tb):
        await Work(1)


class ErrorTranslator:
    def __init__(self):
        self.response = None

    async def __aenter__(self):
        return self

    async def __aexit__(self, et, ev, tb):
        if et is None:
            return False
        if issubclass(et, HTTPError):
            self.response = Response(ev.status, {"error": str(ev)})
        elif issubclass(et, (KeyError, ValueError)):
            self.response = Response(400, {"error": f"bad request: {type(ev).__name__}"})
        else:
            return False
        return True


class Router:
    def __init__(self):
        self.routes = []

    def route(self, method, pattern):
        def register(handler):
            self.routes.append((method, pattern.strip("/").split("/"), handler))
            return handler
        return register

    def match(self, req):
        parts = req.path.strip("/").split("/")
        allowed = []
        for method, pat, handler in self.routes:
            if len(pat) != len(parts):
                continue
            params = {}
            for p, v in zip(pat, parts):
                if p.startswith("{"):
                    params[p[1:-1]] = v
                elif p != v:
                    break
            else:
                if method == req.method:
                    req.params = params
                    return handler
                allowed.append(method)
        if allowed:
            raise HTTPError(405, "method not allowed")
        raise HTTPError(404, f"no route for {req.path}")

    async def dispatch(self, req, log):
        async with Timing(req, log):
            errors = ErrorTranslator()
            async with errors:
                async with Auth(req) as user:
                    handler = self.match(req)
                    resp = await handler(req)
                    resp.headers["x-user"] = user
                    return resp
            return errors.response


app = Router()
DB = {"1": {"name": "apple", "stock": 3}, "2": {"name": "pear", "stock": 0}}


@app.route("GET", "/items/{id}")
async def get_item(req):
    await Work(5)
    item = DB.get(req.params["id"])
    if item is None:
        raise HTTPError(404, "no such item")
    return Response(200, dict(item))


@app.route("POST", "/items/{id}/buy")
async def buy(req):
    await Work(3)
    item = DB[req.params["id"]]
    qty = int(req.body)
    if item["stock"] < qty:
        raise HTTPError(409, "out of stock")
    item["stock"] -= qty
    return Response(200, {"left": item["stock"]})


@app.route("GET", "/admin/stats")
async def stats(req):
    await Work(10)
    return Response(200, {"items": len(DB), "stock": sum(i["stock"] for i in DB.values())})


@app.route("GET", "/crash")
async def crash(req):
    raise ZeroDivisionError("handler bug")


def drive(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


requests = [
    Request("GET", "/items/1"),
    Request("GET", "/items/9"),
    Request("POST", "/items/1/buy", body="2"),
    Request("POST", "/items/1/buy", body="5"),
    Request("POST", "/items/1/buy", body="many"),
    Request("DELETE", "/items/1"),
    Request("GET", "/nowhere"),
    Request("GET", "/admin/stats"),
    Request("GET", "/admin/stats", {"token": "t-bob"}),
    Request("GET", "/admin/stats", {"token": "t-alice"}),
    Request("GET", "/crash"),
]
log = []
for r in requests:
    try:
        resp = drive(app.dispatch(r, log))
        print(resp.status, resp.body, resp.headers)
    except ZeroDivisionError as e:
        print("500 unhandled:", e)
for line in log:
    print(line)
print("clock", Clock.now)
