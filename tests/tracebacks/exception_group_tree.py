# An uncaught exception group printed as a boxed tree, with notes, contexts and nested groups.
def task(i):
    if i % 3 == 0:
        raise ValueError(f"task {i} bad value")
    if i % 3 == 1:
        raise TypeError(f"task {i} bad type")
    return i

def run_all(n):
    errors = []
    for i in range(n):
        try:
            task(i)
        except Exception as e:
            e.add_note(f"while running task {i}")
            errors.append(e)
    if errors:
        raise ExceptionGroup("run_all failed", errors)

try:
    run_all(5)
except* ValueError as eg:
    print("values:", [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("types:", [str(e) for e in eg.exceptions], eg.exceptions[0].__notes__)

big = ExceptionGroup("big", [ValueError(i) for i in range(17)])
try:
    raise big
except ExceptionGroup as g:
    print(len(g.exceptions))

def handler():
    try:
        run_all(4)
    except* ValueError:
        raise KeyError("replacement")

try:
    handler()
except ExceptionGroup as g:
    print(repr(g), [type(e).__name__ for e in g.exceptions])
    print(repr(g.exceptions[0].__context__))
handler()
