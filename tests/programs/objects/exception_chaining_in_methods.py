# raise ... from ..., implicit __context__, and __suppress_context__ within methods.
class ParseError(Exception):
    def __init__(self, line, msg):
        super().__init__(f"line {line}: {msg}")
        self.line = line


class Parser:
    def __init__(self, lines):
        self.lines = lines

    def parse_int(self, i):
        try:
            return int(self.lines[i])
        except ValueError as e:
            raise ParseError(i, "not an integer") from e
        except IndexError:
            raise ParseError(i, "missing line") from None

    def total(self):
        try:
            return sum([self.parse_int(i) for i in range(len(self.lines) + 1)])
        except ParseError as e:
            raise RuntimeError("total failed")


p = Parser(["1", "x", "3"])
try:
    p.parse_int(1)
except ParseError as e:
    print(e, "| cause:", repr(e.__cause__), "| suppress:", e.__suppress_context__)
try:
    p.parse_int(9)
except ParseError as e:
    print(e, "| cause:", e.__cause__, "| context:", repr(e.__context__), "| suppress:", e.__suppress_context__)
try:
    Parser(["1", "2"]).total()
except RuntimeError as e:
    ctx = e.__context__
    print(e, "| context:", type(ctx).__name__, ctx, ctx.line, "| cause:", e.__cause__)
    print("ctx context:", repr(ctx.__context__))


class Wrapper:
    def run(self, fn):
        try:
            return fn()
        except Exception as exc:
            err = LookupError(f"wrapped {type(exc).__name__}")
            err.original = exc
            raise err from exc


try:
    Wrapper().run(lambda: {}["k"])
except LookupError as e:
    print(e, repr(e.original), e.__cause__ is e.original, e.__context__ is e.original)
try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
except TypeError as e:
    print(repr(e), repr(e.__context__), e.__cause__)
Wrapper().run(lambda: 1 / 0)
