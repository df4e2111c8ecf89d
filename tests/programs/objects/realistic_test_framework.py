# A tiny unittest-like framework: TestCase base with assertion methods, discovery via __init_subclass__, setUp/tearDown and a runner.
class AssertionFailure(AssertionError):
    pass


class SkipTest(Exception):
    pass


class TestCase:
    cases = []

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        TestCase.cases.append(cls)

    def __init__(self, method_name):
        self.method_name = method_name
        self.events = []

    def setUp(self):
        pass

    def tearDown(self):
        pass

    def assertEqual(self, a, b):
        if a != b:
            raise AssertionFailure(f"{a!r} != {b!r}")

    def assertTrue(self, x):
        if not x:
            raise AssertionFailure(f"{x!r} is not true")

    def assertIn(self, member, container):
        if member not in container:
            raise AssertionFailure(f"{member!r} not found in {container!r}")

    def assertRaises(self, exc_type, fn, *args):
        try:
            fn(*args)
        except exc_type as e:
            return e
        except Exception as e:
            raise AssertionFailure(f"expected {exc_type.__name__}, got {type(e).__name__}") from e
        raise AssertionFailure(f"{exc_type.__name__} not raised")

    def skip(self, reason):
        raise SkipTest(reason)

    def run(self, result):
        method = getattr(self, self.method_name)
        try:
            self.setUp()
        except Exception as e:
            result.add("error", self, f"setUp: {type(e).__name__}: {e}")
            return
        try:
            method()
        except SkipTest as e:
            result.add("skip", self, str(e))
        except AssertionFailure as e:
            result.add("fail", self, str(e))
        except Exception as e:
            result.add("error", self, f"{type(e).__name__}: {e}")
        else:
            result.add("pass", self, "")
        finally:
            self.tearDown()

    def __repr__(self):
        return f"{type(self).__name__}.{self.method_name}"


class Result:
    def __init__(self):
        self.records = []

    def add(self, outcome, test, detail):
        self.records.append((outcome, repr(test), detail))

    def count(self, outcome):
        return len([r for r in self.records if r[0] == outcome])

    def __bool__(self):
        return self.count("fail") == 0 and self.count("error") == 0

    def summary(self):
        parts = [f"{self.count(o)} {o}" for o in ("pass", "fail", "error", "skip")]
        return f"ran {len(self.records)}: " + ", ".join(parts)


def run_all(pattern="test"):
    result = Result()
    for cls in TestCase.cases:
        for name in sorted(vars(cls)):
            if name.startswith(pattern) and callable(getattr(cls, name)):
                cls(name).run(result)
    return result


class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def pop(self):
        return self.items.pop()


teardowns = []


class StackTests(TestCase):
    def setUp(self):
        self.stack = Stack()
        self.stack.push(1)

    def tearDown(self):
        teardowns.append(self.method_name)

    def test_push_pop(self):
        self.stack.push(2)
        self.assertEqual(self.stack.pop(), 2)
        self.assertEqual(self.stack.items, [1])

    def test_empty_pop_raises(self):
        self.stack.pop()
        e = self.assertRaises(IndexError, self.stack.pop)
        self.assertIn("empty", str(e))

    def test_wrong_expectation(self):
        self.assertEqual(self.stack.pop(), 99)

    def test_crash(self):
        self.stack.nonexistent()

    def test_skipped(self):
        self.skip("not ready")

    def helper_not_a_test(self):
        raise RuntimeError("should not run")


class MathTests(TestCase):
    def test_truth(self):
        self.assertTrue(3 > 2)

    def test_raises_wrong_type(self):
        self.assertRaises(KeyError, lambda: [][1])

    def test_not_raised(self):
        self.assertRaises(ValueError, int, "42")


class BrokenSetup(TestCase):
    def setUp(self):
        raise OSError("no database")

    def test_anything(self):
        pass


result = run_all()
for outcome, name, detail in result.records:
    print(f"{outcome:5} {name:35} {detail}")
print(result.summary(), "| ok:", bool(result))
print("teardowns:", teardowns)
print([c.__name__ for c in TestCase.cases], issubclass(AssertionFailure, AssertionError))
