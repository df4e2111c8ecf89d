# Custom exception hierarchy for a config loader with chaining (raise ... from ...) and context.
class ConfigError(Exception):
    """Base class for all configuration problems."""

    def __init__(self, message, *, source=None):
        super().__init__(message)
        self.source = source

    def __str__(self):
        base = super().__str__()
        return f"{base} (in {self.source})" if self.source else base


class ParseError(ConfigError):
    def __init__(self, message, line, source=None):
        super().__init__(f"line {line}: {message}", source=source)
        self.line = line


class MissingKeyError(ConfigError, KeyError):
    def __init__(self, key, source=None):
        ConfigError.__init__(self, f"missing required key {key!r}", source=source)
        self.key = key


class TypeMismatch(ConfigError, TypeError):
    pass


def parse(text, source):
    result = {}
    for n, raw in enumerate(text.split("\n"), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        try:
            key, value = line.split("=")
        except ValueError as e:
            raise ParseError(f"expected key=value, got {line!r}", n, source) from e
        key, value = key.strip(), value.strip()
        if value.isdigit():
            value = int(value)
        elif value in ("true", "false"):
            value = value == "true"
        result[key] = value
    return result


class Config:
    schema = {"host": str, "port": int, "debug": bool}

    def __init__(self, text, source="<string>"):
        self.source = source
        self.values = parse(text, source)

    def __getitem__(self, key):
        try:
            value = self.values[key]
        except KeyError:
            raise MissingKeyError(key, self.source) from None
        expected = self.schema.get(key)
        if expected and not isinstance(value, expected):
            raise TypeMismatch(f"{key} should be {expected.__name__}, got {type(value).__name__}", source=self.source)
        return value

    def validate(self):
        problems = []
        for key in self.schema:
            try:
                self[key]
            except ConfigError as e:
                problems.append(e)
        if problems:
            summary = ConfigError(f"{len(problems)} problem(s) found", source=self.source)
            summary.problems = problems
            raise summary
        return True


good = Config("host = example.org\nport = 8080\n# comment\ndebug = true", "good.cfg")
print(good.values, good["port"], good.validate())
bad = Config("host = 1\nport = eighty\n", "bad.cfg")
try:
    bad.validate()
except ConfigError as e:
    print("summary:", e)
    for p in e.problems:
        print("  -", type(p).__name__, "|", p, "|", [k.__name__ for k in type(p).__mro__[1:3]])
try:
    Config("a = 1\nbroken line\n", "broken.cfg")
except ParseError as e:
    print(type(e).__name__, e, e.line, "| cause:", type(e.__cause__).__name__, e.__cause__)
try:
    good["missing"]
except KeyError as e:
    print("caught as KeyError:", type(e).__name__, e.key, e.__cause__, e.__suppress_context__)
try:
    bad["port"]
except TypeError as e:
    print("caught as TypeError:", e, isinstance(e, ConfigError))


def load_all(texts):
    loaded, errors = [], []
    for name, text in texts:
        try:
            cfg = Config(text, name)
            cfg.validate()
            loaded.append(name)
        except ParseError as e:
            errors.append(("parse", name, e.line))
        except ConfigError as e:
            errors.append(("config", name, len(getattr(e, "problems", []))))
        finally:
            errors.append(("checked", name))
    return loaded, errors


print(load_all([("a", "host=h\nport=1\ndebug=false"), ("b", "x"), ("c", "host=h")]))
try:
    try:
        good["nothing"]
    except MissingKeyError as inner:
        raise RuntimeError("startup failed") from inner
except RuntimeError as outer:
    print(outer, "<-", repr(outer.__cause__.key), outer.__cause__.source)
Config("ok = 1\n= = =", "final.cfg")
