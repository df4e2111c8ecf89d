def f(items):
    out = []
    for i in items:
        try:
            if i == 2:
                continue
            if i == 4:
                break
            out.append(i)
        finally:
            out.append("f" + str(i))
    else:
        out.append("else")
    return out


print(f([1, 2, 3]), f([1, 4, 5]))


def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"


print(swallow())


def nested_finally():
    log = []
    try:
        try:
            log.append("inner try")
            raise KeyError("k")
        finally:
            log.append("inner finally")
    except KeyError as e:
        log.append("caught " + repr(e))
    finally:
        log.append("outer finally")
    return log


print(nested_finally())


def while_else(n):
    i = 0
    while i < n:
        if i == 3:
            break
        i += 1
    else:
        return "no break", i
    return "break", i


print(while_else(2), while_else(10))


def exc_in_loop():
    results = []
    for d in [1, 0, 2, 0]:
        try:
            results.append(10 // d)
        except ZeroDivisionError:
            results.append(None)
            continue
        finally:
            results.append("/")
    return results


print(exc_in_loop())
count = 0
while True:
    try:
        count += 1
        if count < 3:
            raise RuntimeError(count)
        break
    except RuntimeError as e:
        print("retry after", e)
print("done after", count)
