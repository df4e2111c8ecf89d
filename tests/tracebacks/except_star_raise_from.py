# except* that raises a new exception from the group; the group is printed as its cause.
def fail(kind):
    raise kind(f"{kind.__name__} in worker")


def gather():
    errors = []
    for kind in (ValueError, KeyError, ValueError):
        try:
            fail(kind)
        except Exception as e:
            errors.append(e)
    raise ExceptionGroup("gather failed", errors)


try:
    gather()
except* ValueError as eg:
    raise RuntimeError("values failed") from eg
