# Plugin registry using __init_subclass__ with keyword options, ordering, abstract base checks and lookup.
class PluginError(Exception):
    pass


class Plugin:
    _registry = {}
    requires = ()

    def __init_subclass__(cls, *, name=None, order=100, abstract=False, **kw):
        super().__init_subclass__(**kw)
        cls.abstract = abstract
        if abstract:
            return
        key = name or cls.__name__.lower()
        if key in Plugin._registry:
            raise PluginError(f"duplicate plugin name {key!r} ({cls.__name__} vs {Plugin._registry[key].__name__})")
        if "run" not in [k for klass in cls.__mro__[:-2] for k in vars(klass)]:
            raise PluginError(f"{cls.__name__} does not implement run()")
        cls.plugin_name = key
        cls.order = order
        Plugin._registry[key] = cls

    @classmethod
    def all(cls):
        return sorted([p for p in Plugin._registry.values() if issubclass(p, cls)],
                      key=lambda p: (p.order, p.plugin_name))

    @classmethod
    def get(cls, name):
        try:
            return Plugin._registry[name]
        except KeyError:
            raise PluginError(f"unknown plugin {name!r}") from None

    def __repr__(self):
        return f"<plugin {self.plugin_name}>"


class TextPlugin(Plugin, abstract=True):
    def run(self, text):
        raise NotImplementedError


class Strip(TextPlugin, order=10):
    def run(self, text):
        return text.strip()


class Lower(TextPlugin, name="lowercase", order=20):
    def run(self, text):
        return text.lower()


class Collapse(TextPlugin, order=30):
    def run(self, text):
        return " ".join(text.split())


class Exclaim(Lower, name="exclaim", order=90):
    def run(self, text):
        return super().run(text) + "!"


class NumberPlugin(Plugin, abstract=True):
    pass


class Double(NumberPlugin, order=1):
    def run(self, n):
        return n * 2


class Pipeline:
    def __init__(self, *names):
        self.steps = [Plugin.get(n)() for n in names]

    def __call__(self, value):
        for step in self.steps:
            value = step.run(value)
        return value

    def __len__(self):
        return len(self.steps)

    def __repr__(self):
        return " | ".join([s.plugin_name for s in self.steps])


print(sorted(Plugin._registry))
print([p.__name__ for p in Plugin.all()])
print([p.plugin_name for p in TextPlugin.all()], [p.plugin_name for p in NumberPlugin.all()])
print(Strip.order, Exclaim.order, Lower.abstract, TextPlugin.abstract, hasattr(TextPlugin, "plugin_name"))
p = Pipeline("strip", "collapse", "lowercase")
print(p, len(p), repr(p("   Hello    WORLD  ")))
print(Pipeline("exclaim", "strip")("  MiXeD "), Pipeline("double", "double")(5))
everything = [cls() for cls in TextPlugin.all()]
text = "  A   B  "
for plugin in everything:
    text = plugin.run(text)
    print(f"{plugin!r:20} -> {text!r}")
try:
    class Strip2(TextPlugin, name="strip"):
        def run(self, t):
            return t
except PluginError as e:
    print("PluginError:", e)
try:
    class Lazy(Plugin):
        pass
except PluginError as e:
    print("PluginError:", e)
try:
    Pipeline("strip", "nope")
except PluginError as e:
    print("PluginError:", e, e.__suppress_context__)
try:
    class Weird(Plugin, colour="red"):
        def run(self):
            pass
except TypeError as e:
    print("TypeError:", e)
print("strip2" in Plugin._registry, "lazy" in Plugin._registry, len(Plugin._registry))
