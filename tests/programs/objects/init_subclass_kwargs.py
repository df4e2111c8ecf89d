# __init_subclass__ with keyword arguments from the class statement.
class Plugin:
    registry = {}

    def __init_subclass__(cls, /, name=None, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        key = name or cls.__name__.lower()
        cls.plugin_name = key
        cls.priority = priority
        Plugin.registry[key] = cls
        print("registered", key, priority, cls.__mro__[1].__name__)


class Alpha(Plugin, name="alpha", priority=5):
    pass


class Beta(Plugin):
    pass


class Gamma(Beta, priority=-1):
    pass


print(sorted(Plugin.registry))
print([(k, v.priority) for k, v in sorted(Plugin.registry.items())])
print(Gamma.plugin_name, Gamma.priority, Beta.priority)
print(hasattr(Plugin, "plugin_name"))

try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)


class NoHook:
    pass


try:
    class Bad2(NoHook, flag=True):
        pass
except TypeError as e:
    print("TypeError:", e)


class Tracker:
    subclasses = []

    @classmethod
    def __init_subclass__(cls, **kw):
        Tracker.subclasses.append((cls.__name__, kw))


class T1(Tracker):
    pass


class T2(T1, color="red"):
    pass


print(Tracker.subclasses)
