for bad in [lambda: b"ab".decode(5), lambda: [3, 1].sort(key=5), lambda: {1}.issubset(5), lambda: dict.fromkeys(5),
            lambda: [].extend(5), lambda: bytearray(b"a").extend(5), lambda: b"a".join(5), lambda: b"a".split(5), lambda: b"ab".count(), lambda: range(3).index(),
            lambda: slice(1).indices("a"), lambda: b"x".center("a"), lambda: {}.update(5), lambda: set().update(5), lambda: (1,).index(1, 2, 3, 4)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
for bad in [lambda: b"ab".find(), lambda: b"ab".startswith(), lambda: b"a".strip(1, 2), lambda: b"a".ljust(), lambda: {}.get(), lambda: {}.pop(),
            lambda: [].pop(1, 2), lambda: b"a".replace(b"a"), lambda: bytearray().pop(1, 2)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
